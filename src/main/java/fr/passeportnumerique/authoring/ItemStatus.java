package fr.passeportnumerique.authoring;

/** Where an item of the curriculum stands for learners. */
public enum ItemStatus {
    /** Learners see it as it is. */
    PUBLISHED,
    /** Changed in a draft: learners still see the published text. */
    DRAFT,
    /** Added in a draft: learners do not see it yet. */
    NEW
}
