package fr.passeportnumerique.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One line of what a pack contains. */
@Embeddable
public record PackItem(
        @Enumerated(EnumType.STRING) @Column(name = "kind", nullable = false)
        Kind kind,

        @Column(name = "label", nullable = false)
        @NotBlank(message = PackDetails.ITEMS_PROBLEM)
        @Size(max = LABEL_MAX_LENGTH, message = PackDetails.ITEMS_PROBLEM)
        String label) {

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
