package fr.passeportnumerique.curriculum;

/** How an import of the content folder ended. */
public enum ImportOutcome {
    /** At least one module was added, changed or removed. */
    UPDATED,
    /** The files matched the stored curriculum: nothing was written. */
    UNCHANGED,
    /** Problems in the files (or the database) stopped the import; the previous curriculum stays. */
    FAILED
}
