package fr.passeportnumerique.curriculum;

import fr.passeportnumerique.base.AbstractEntity;
import fr.passeportnumerique.curriculum.internal.LessonSource;
import fr.passeportnumerique.curriculum.internal.MediaSource;
import fr.passeportnumerique.curriculum.internal.ModuleSource;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One of the initiation modules, as last imported from its content folder. */
@Entity
@Table(name = "curriculum_module")
class CurriculumModule extends AbstractEntity {

    @Column(name = "slug", nullable = false, updatable = false)
    private String slug;

    @Column(name = "number", nullable = false)
    private int number;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "summary", nullable = false)
    private String summary;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(name = "level", nullable = false)
    private String level;

    @Column(name = "introduction_markdown", nullable = false)
    private String introductionMarkdown;

    @Column(name = "introduction_html", nullable = false)
    private String introductionHtml;

    @Column(name = "quiz_source")
    private String quizSource;

    @Column(name = "quiz_pass_mark")
    private Integer quizPassMark;

    @Column(name = "quiz_question_count", nullable = false)
    private int quizQuestionCount;

    @Column(name = "content_hash", nullable = false)
    private String contentHash;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @ElementCollection
    @CollectionTable(name = "curriculum_module_objective", joinColumns = @JoinColumn(name = "module_id"))
    @OrderColumn(name = "position")
    @Column(name = "objective")
    private List<String> objectives = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "curriculum_module_tag", joinColumns = @JoinColumn(name = "module_id"))
    @OrderColumn(name = "position")
    @Column(name = "tag")
    private List<String> tags = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "curriculum_module_prerequisite", joinColumns = @JoinColumn(name = "module_id"))
    @OrderColumn(name = "position")
    @Column(name = "prerequisite_slug")
    private List<String> prerequisites = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "curriculum_glossary_term", joinColumns = @JoinColumn(name = "module_id"))
    @OrderColumn(name = "position")
    private List<GlossaryEntry> glossary = new ArrayList<>();

    @OneToMany(mappedBy = "module", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Lesson> lessons = new ArrayList<>();

    @OneToMany(mappedBy = "module", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<ModuleMedia> media = new ArrayList<>();

    protected CurriculumModule() {}

    CurriculumModule(String slug) {
        this.slug = slug;
    }

    /** Takes the content of the module's files; lessons and media keep their identity by slug and file name. */
    void replaceWith(ModuleSource source, RenderedModule rendered, Instant now) {
        number = source.number();
        title = source.title();
        summary = source.summary();
        durationMinutes = source.durationMinutes();
        level = source.level();
        introductionMarkdown = source.introductionMarkdown();
        introductionHtml = rendered.introductionHtml();
        quizSource = source.hasQuiz() ? source.quiz().yaml() : null;
        quizPassMark = source.hasQuiz() ? source.quiz().passMark() : null;
        quizQuestionCount = source.hasQuiz() ? source.quiz().questionCount() : 0;
        contentHash = source.contentHash();
        importedAt = now;
        replaceAll(objectives, source.objectives());
        replaceAll(tags, source.tags());
        replaceAll(prerequisites, source.prerequisites());
        glossary.clear();
        source.glossary().stream().map(GlossaryEntry::new).forEach(glossary::add);
        KeyedMerge.apply(
                lessons,
                source.lessons(),
                Lesson::getSlug,
                LessonSource::slug,
                lesson -> new Lesson(this, lesson.slug()),
                (lesson, file) -> lesson.replaceWith(file, rendered.lessonHtml().get(file.slug())));
        KeyedMerge.apply(
                media,
                source.media(),
                ModuleMedia::getFileName,
                MediaSource::fileName,
                file -> new ModuleMedia(this, file.fileName()),
                ModuleMedia::replaceWith);
    }

    private static void replaceAll(List<String> target, List<String> values) {
        target.clear();
        target.addAll(values);
    }

    String getSlug() {
        return slug;
    }

    int getNumber() {
        return number;
    }

    String getTitle() {
        return title;
    }

    String getSummary() {
        return summary;
    }

    int getDurationMinutes() {
        return durationMinutes;
    }

    String getLevel() {
        return level;
    }

    String getIntroductionHtml() {
        return introductionHtml;
    }

    String getQuizSource() {
        return quizSource;
    }

    int getQuizQuestionCount() {
        return quizQuestionCount;
    }

    String getContentHash() {
        return contentHash;
    }

    List<String> getObjectives() {
        return List.copyOf(objectives);
    }

    List<String> getTags() {
        return List.copyOf(tags);
    }

    List<String> getPrerequisites() {
        return List.copyOf(prerequisites);
    }

    List<GlossaryTerm> getGlossary() {
        return glossary.stream().map(GlossaryEntry::toTerm).toList();
    }

    List<Lesson> getLessons() {
        return List.copyOf(lessons);
    }
}
