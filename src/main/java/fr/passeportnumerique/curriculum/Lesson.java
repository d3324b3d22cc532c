package fr.passeportnumerique.curriculum;

import fr.passeportnumerique.base.AbstractEntity;
import fr.passeportnumerique.curriculum.internal.LessonSource;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Optional;

/** A lesson of a module; its slug is stable across imports so that progress can refer to it. */
@Entity
@Table(name = "curriculum_lesson")
class Lesson extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "module_id", nullable = false, updatable = false)
    private CurriculumModule module;

    @Column(name = "slug", nullable = false, updatable = false)
    private String slug;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(name = "body_markdown", nullable = false)
    private String bodyMarkdown;

    @Column(name = "body_html", nullable = false)
    private String bodyHtml;

    @Column(name = "reviewed_on")
    private LocalDate reviewedOn;

    /** The review's sources, one web address per line. */
    @Column(name = "sources")
    private String sources;

    protected Lesson() {}

    Lesson(CurriculumModule module, String slug) {
        this.module = module;
        this.slug = slug;
    }

    void replaceWith(LessonSource source, String html) {
        position = source.position();
        title = source.title();
        durationMinutes = source.durationMinutes();
        bodyMarkdown = source.markdown();
        bodyHtml = html;
        reviewedOn = source.review().reviewedOn();
        sources = String.join("\n", source.review().sources());
    }

    String getSlug() {
        return slug;
    }

    int getPosition() {
        return position;
    }

    String getTitle() {
        return title;
    }

    int getDurationMinutes() {
        return durationMinutes;
    }

    String getBodyHtml() {
        return bodyHtml;
    }

    /** Empty for a lesson imported before lessons said when they were reviewed. */
    Optional<LessonReview> getReview() {
        return reviewedOn == null || sources == null
                ? Optional.empty()
                : Optional.of(new LessonReview(reviewedOn, sources.lines().toList()));
    }
}
