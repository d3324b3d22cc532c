package fr.passeportnumerique.search;

/** What a result is. Expert and pack offers join when the hand-off feature lands. */
public enum ResultType {
    LESSON,
    MODULE,
    GLOSSARY
}
