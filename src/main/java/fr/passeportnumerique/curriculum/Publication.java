package fr.passeportnumerique.curriculum;

import java.util.Optional;

/** Who publishes what kind of change, recorded with each version it creates. */
public record Publication(PublicationOrigin origin, Optional<Long> authorId, String note) {

    public static Publication ofFiles() {
        return new Publication(PublicationOrigin.FILES, Optional.empty(), "");
    }
}
