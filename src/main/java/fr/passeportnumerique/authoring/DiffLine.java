package fr.passeportnumerique.authoring;

/** One line of a comparison between two versions of a file. */
public record DiffLine(Kind kind, String text) {

    public enum Kind {
        SAME,
        ADDED,
        REMOVED,
        /** A gap: unchanged lines left out. */
        SKIPPED
    }
}
