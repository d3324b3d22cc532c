package fr.passeportnumerique.curriculum;

import fr.passeportnumerique.base.AbstractEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One published state of a module: its whole folder, zipped, and who published it, when and how. */
@Entity
@Table(name = "curriculum_version")
class ModuleVersion extends AbstractEntity {

    @Column(name = "module_slug", nullable = false, updatable = false)
    private String moduleSlug;

    @Column(name = "number", nullable = false, updatable = false)
    private int number;

    @Column(name = "folder", nullable = false, updatable = false)
    private String folder;

    @Column(name = "content_hash", nullable = false, updatable = false)
    private String contentHash;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "files", nullable = false, updatable = false)
    private byte[] files;

    @Enumerated(EnumType.STRING)
    @Column(name = "origin", nullable = false, updatable = false)
    private PublicationOrigin origin;

    @Column(name = "author_id", updatable = false)
    private Long authorId;

    @Column(name = "note", nullable = false, updatable = false)
    private String note;

    @Column(name = "published_at", nullable = false, updatable = false)
    private Instant publishedAt;

    protected ModuleVersion() {}

    ModuleVersion(int number, ModuleFiles module, String contentHash, Publication publication, Instant at) {
        this.moduleSlug = module.slug();
        this.number = number;
        this.folder = module.folder();
        this.contentHash = contentHash;
        this.files = new CurriculumFiles(List.of(module)).toZip();
        this.origin = publication.origin();
        this.authorId = publication.authorId().orElse(null);
        this.note = publication.note();
        this.publishedAt = at;
    }

    String getModuleSlug() {
        return moduleSlug;
    }

    String getContentHash() {
        return contentHash;
    }

    int getNumber() {
        return number;
    }

    Instant getPublishedAt() {
        return publishedAt;
    }

    ModuleFiles files() {
        try {
            return CurriculumFiles.fromZip(new ByteArrayInputStream(files))
                    .module(moduleSlug)
                    .orElseThrow();
        } catch (CurriculumFiles.UnreadableZipException e) {
            throw new IllegalStateException("A stored version cannot be read: " + moduleSlug + " " + number, e);
        }
    }

    VersionInfo info() {
        return new VersionInfo(
                getId(), moduleSlug, number, origin, Optional.ofNullable(authorId), note, publishedAt, contentHash);
    }
}
