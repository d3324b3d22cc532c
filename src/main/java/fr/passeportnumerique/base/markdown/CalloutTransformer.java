package fr.passeportnumerique.base.markdown;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Turns GitHub-style alerts ({@code > [!TIP] Optional title}) into the site's callouts. Runs on HTML that has
 * already been cleaned, and only adds elements and classes of its own.
 */
final class CalloutTransformer {

    private static final Pattern MARKER =
            Pattern.compile("^\\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)][ \\t]*([^\\n]*)\\n?", Pattern.CASE_INSENSITIVE);

    /** The content is written in French, so are the default callout titles. */
    private static final Map<String, String> DEFAULT_TITLES = Map.of(
            "note", "À savoir",
            "tip", "Astuce",
            "important", "Important",
            "warning", "Attention",
            "caution", "Prudence");

    void apply(Document document) {
        for (Element quote : document.select("blockquote")) {
            Element first = quote.firstElementChild();
            if (first == null || !first.nameIs("p") || first.childNodeSize() == 0) {
                continue;
            }
            if (first.childNode(0) instanceof TextNode text) {
                Matcher marker = MARKER.matcher(text.getWholeText());
                if (marker.find()) {
                    transform(quote, first, text, marker);
                }
            }
        }
    }

    private static void transform(Element quote, Element first, TextNode text, Matcher marker) {
        String type = marker.group(1).toLowerCase(Locale.ROOT);
        String title = marker.group(2).strip();
        text.text(text.getWholeText().substring(marker.end()));
        if (first.text().isBlank() && first.children().isEmpty()) {
            first.remove();
        }
        Element callout =
                new Element("div").attr("role", "note").addClass("pn-callout").addClass("pn-callout-" + type);
        callout.appendElement("p")
                .addClass("pn-callout-title")
                .text(title.isEmpty() ? DEFAULT_TITLES.get(type) : title);
        callout.insertChildren(-1, quote.childNodesCopy());
        quote.replaceWith(callout);
    }
}
