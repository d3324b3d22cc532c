package fr.passeportnumerique.search;

/** The fields of an indexed document. */
final class SearchFields {

    static final String KEY = "key";
    static final String TYPE = "type";
    static final String MODULE = "module";
    static final String MODULE_NUMBER = "moduleNumber";
    static final String MODULE_TITLE = "moduleTitle";
    static final String LESSON = "lesson";
    static final String TITLE = "title";
    static final String BODY = "body";
    /** Unstemmed words of title and body, for "did you mean" suggestions. */
    static final String WORDS = "words";

    static final String HREF = "href";
    /** Pairs of neighbouring words of the body, to reward words typed together that appear together. */
    static final String BODY_PAIRS = "bodyPairs";
    /** A multiplier of the score by kind of document. */
    static final String TYPE_WEIGHT = "typeWeight";

    private SearchFields() {}
}
