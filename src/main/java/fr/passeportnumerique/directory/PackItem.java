package fr.passeportnumerique.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One line of what a pack contains. */
@Embeddable
public record PackItem(
        @Enumerated(EnumType.STRING) @Column(name = "kind", nullable = false)
        Kind kind,

        @Column(name = "label", nullable = false) String label) {

    public static final int LABEL_MAX_LENGTH = 200;

    public enum Kind {
        HARDWARE,
        SOFTWARE,
        SERVICE;

        public String translationKey() {
            return "pack.item." + name();
        }
    }
}
