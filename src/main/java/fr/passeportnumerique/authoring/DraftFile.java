package fr.passeportnumerique.authoring;

import fr.passeportnumerique.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** A trainer's unpublished change to one file of a module: its new content, or its removal. */
@Entity
@Table(name = "authoring_draft_file")
class DraftFile extends AbstractEntity {

    @Column(name = "module_slug", nullable = false, updatable = false)
    private String moduleSlug;

    @Column(name = "path", nullable = false, updatable = false)
    private String path;

    @Column(name = "content")
    private byte[] content;

    @Column(name = "updated_by")
    private Long updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected DraftFile() {}

    DraftFile(String moduleSlug, String path) {
        this.moduleSlug = moduleSlug;
        this.path = path;
    }

    void change(byte[] newContent, long author, Instant at) {
        content = newContent;
        updatedBy = author;
        updatedAt = at;
    }

    String getPath() {
        return path;
    }

    /** Empty when the change removes the file. */
    Optional<byte[]> content() {
        return Optional.ofNullable(content);
    }
}
