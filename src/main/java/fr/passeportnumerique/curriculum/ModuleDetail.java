package fr.passeportnumerique.curriculum;

import java.util.List;
import java.util.Optional;

/** A module's page: what it teaches, what it needs first, and its lessons in order. */
public record ModuleDetail(
        ModuleLink link,
        String summary,
        List<String> objectives,
        int durationMinutes,
        String level,
        List<String> tags,
        List<ModuleLink> prerequisites,
        String introductionHtml,
        List<LessonSummary> lessons,
        int quizQuestionCount,
        List<GlossaryTerm> glossary) {

    public Optional<LessonSummary> firstLesson() {
        return lessons.stream().findFirst();
    }
}
