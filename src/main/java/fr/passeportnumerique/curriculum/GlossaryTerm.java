package fr.passeportnumerique.curriculum;

/** A word of a module's vocabulary and what it means, in one sentence. */
public record GlossaryTerm(String term, String definition) {

    public static final int TERM_MAX_LENGTH = 80;
    public static final int DEFINITION_MAX_LENGTH = 300;
}
