package fr.passeportnumerique.learning;

import fr.passeportnumerique.base.activity.Place;
import fr.passeportnumerique.curriculum.LessonSummary;
import fr.passeportnumerique.curriculum.ModuleDetail;
import fr.passeportnumerique.curriculum.ModuleLink;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses what a learner should do next: carry on where they stopped if that module is not complete, otherwise
 * the first module in order that is not complete, at its first unread lesson or at its quiz.
 */
class NextStepRule {

    private final List<ModuleDetail> modules;
    private final Map<String, Set<String>> lessonsDone;
    private final Set<String> completed;

    NextStepRule(List<ModuleDetail> modules, Map<String, Set<String>> lessonsDone, Set<String> completed) {
        this.modules = modules;
        this.lessonsDone = lessonsDone;
        this.completed = completed;
    }

    NextStep next(Optional<Place> lastPlace) {
        Optional<NextStep> resumed = lastPlace.flatMap(this::resume);
        if (resumed.isPresent()) {
            return resumed.get();
        }
        return modules.stream()
                .filter(module -> !completed.contains(module.link().slug()))
                .filter(module ->
                        module.prerequisites().stream().map(ModuleLink::slug).allMatch(completed::contains))
                .findFirst()
                .map(this::stepIn)
                .orElseGet(NextStep::certificate);
    }

    private Optional<NextStep> resume(Place place) {
        Optional<ModuleDetail> module = find(place.moduleSlug());
        if (module.isEmpty() || completed.contains(place.moduleSlug())) {
            return Optional.empty();
        }
        Optional<LessonSummary> lesson = place.lessonSlug()
                .flatMap(slug -> module.get().lessons().stream()
                        .filter(summary -> summary.slug().equals(slug))
                        .findFirst());
        if (lesson.isPresent() && !isDone(module.get(), lesson.get())) {
            return Optional.of(step(NextStep.Kind.RESUME_LESSON, module.get(), lesson));
        }
        return Optional.of(stepIn(module.get()));
    }

    private NextStep stepIn(ModuleDetail module) {
        Optional<LessonSummary> unread = module.lessons().stream()
                .filter(lesson -> !isDone(module, lesson))
                .findFirst();
        return unread.isPresent()
                ? step(NextStep.Kind.START_LESSON, module, unread)
                : step(NextStep.Kind.TAKE_QUIZ, module, Optional.empty());
    }

    private boolean isDone(ModuleDetail module, LessonSummary lesson) {
        return lessonsDone.getOrDefault(module.link().slug(), Set.of()).contains(lesson.slug());
    }

    private Optional<ModuleDetail> find(String slug) {
        return modules.stream()
                .filter(module -> module.link().slug().equals(slug))
                .findFirst();
    }

    private static NextStep step(NextStep.Kind kind, ModuleDetail module, Optional<LessonSummary> lesson) {
        return new NextStep(
                kind,
                module.link().number(),
                module.link().slug(),
                module.link().title(),
                lesson.map(LessonSummary::slug),
                lesson.map(LessonSummary::title));
    }
}
