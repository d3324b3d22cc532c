package fr.passeportnumerique.learning.ui;

/**
 * The stamp drawn for a module: a round postmark with its number, in the site's teal once earned, dashed grey
 * before. Only numbers go into the drawing, never text from elsewhere.
 */
final class StampDrawing {

    private StampDrawing() {}

    static String svg(int number, boolean stamped) {
        String colour = stamped ? "#0f7b6c" : "#9aa3b5";
        String dash = stamped ? "" : " stroke-dasharray=\"6 5\"";
        String tick = stamped
                ? "<path d=\"M44 76l8 8 16-17\" fill=\"none\" stroke=\"#0f7b6c\" stroke-width=\"5\""
                        + " stroke-linecap=\"round\" stroke-linejoin=\"round\"/>"
                : "";
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 112 112\" width=\"112\" height=\"112\">"
                + "<g transform=\"rotate(" + (stamped ? -8 : 0) + " 56 56)\">"
                + "<circle cx=\"56\" cy=\"56\" r=\"50\" fill=\"" + (stamped ? "#e3f4f1" : "#f6f7fb") + "\" stroke=\""
                + colour + "\" stroke-width=\"4\"" + dash + "/>"
                + "<circle cx=\"56\" cy=\"56\" r=\"40\" fill=\"none\" stroke=\"" + colour + "\" stroke-width=\"1.5\"/>"
                + "<text x=\"56\" y=\"" + (stamped ? 62 : 68) + "\" text-anchor=\"middle\" font-size=\"30\""
                + " font-weight=\"700\" font-family=\"Atkinson Hyperlegible Next, Arial, sans-serif\" fill=\""
                + (stamped ? "#1b2a5e" : "#6b7280") + "\">" + number + "</text>"
                + tick
                + "</g></svg>";
    }
}
