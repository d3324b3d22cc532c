package fr.passeportnumerique.search;

/** What a result is: a part of the curriculum, or an accredited expert or pack offer of the hand-off. */
public enum ResultType {
    LESSON,
    MODULE,
    GLOSSARY,
    EXPERT,
    PACK;

    public boolean isCurriculum() {
        return this == LESSON || this == MODULE || this == GLOSSARY;
    }
}
