package fr.passeportnumerique.curriculum.format;

/**
 * Where a quiz question's answer is taught, as written in {@code taught_in}: a lesson of the same module by its
 * slug, then, after {@code #}, the heading of the section as the lesson writes it ({@code "mots-de-passe#Un
 * gestionnaire de mots de passe"}). Without a heading, the answer is in the lesson's opening, before any heading.
 */
public record TaughtIn(String lesson, String heading) {

    private static final char SEPARATOR = '#';

    public static TaughtIn parse(String value) {
        String text = value == null ? "" : value.strip();
        int separator = text.indexOf(SEPARATOR);
        return separator < 0
                ? new TaughtIn(text, "")
                : new TaughtIn(
                        text.substring(0, separator).strip(),
                        text.substring(separator + 1).strip());
    }

    public boolean inOpening() {
        return heading.isEmpty();
    }

    /** As written in the quiz file. */
    public String written() {
        return inOpening() ? lesson : lesson + SEPARATOR + heading;
    }
}
