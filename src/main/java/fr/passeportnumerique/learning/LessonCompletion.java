package fr.passeportnumerique.learning;

import fr.passeportnumerique.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A lesson a learner has finished. */
@Entity
@Table(name = "lesson_completion")
class LessonCompletion extends AbstractEntity {

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "module_slug", nullable = false, updatable = false)
    private String moduleSlug;

    @Column(name = "lesson_slug", nullable = false, updatable = false)
    private String lessonSlug;

    @Column(name = "completed_at", nullable = false, updatable = false)
    private Instant completedAt;

    protected LessonCompletion() {}

    String getModuleSlug() {
        return moduleSlug;
    }

    String getLessonSlug() {
        return lessonSlug;
    }
}
