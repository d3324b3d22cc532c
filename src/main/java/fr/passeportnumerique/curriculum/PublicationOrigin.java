package fr.passeportnumerique.curriculum;

/** Where a published version of a module came from. */
public enum PublicationOrigin {
    /** The {@code content/} folder, at startup or applied by an administrator. */
    FILES,
    /** A trainer's draft. */
    TRAINER,
    /** A zip file in the content format. */
    IMPORT,
    /** An earlier version published again. */
    ROLLBACK
}
