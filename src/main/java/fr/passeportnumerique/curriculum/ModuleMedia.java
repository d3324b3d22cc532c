package fr.passeportnumerique.curriculum;

import fr.passeportnumerique.base.AbstractEntity;
import fr.passeportnumerique.curriculum.internal.MediaSource;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Arrays;

/** An image of a module, served to the lessons that show it. */
@Entity
@Table(name = "curriculum_media")
class ModuleMedia extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "module_id", nullable = false, updatable = false)
    private CurriculumModule module;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "content", nullable = false)
    private byte[] content;

    protected ModuleMedia() {}

    ModuleMedia(CurriculumModule module, String fileName) {
        this.module = module;
        this.fileName = fileName;
    }

    void replaceWith(MediaSource source) {
        if (!source.contentType().equals(contentType) || !Arrays.equals(source.bytes(), content)) {
            contentType = source.contentType();
            content = source.bytes().clone();
        }
    }

    String getFileName() {
        return fileName;
    }
}
