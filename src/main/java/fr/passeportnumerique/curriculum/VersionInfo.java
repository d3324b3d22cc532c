package fr.passeportnumerique.curriculum;

import java.time.Instant;
import java.util.Optional;

/** A published version of a module, without its files. */
public record VersionInfo(
        long id,
        String moduleSlug,
        int number,
        PublicationOrigin origin,
        Optional<Long> authorId,
        String note,
        Instant publishedAt,
        String contentHash) {}
