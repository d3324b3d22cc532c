package fr.passeportnumerique.curriculum;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the published curriculum: the catalogue, a module, a lesson, an image. Open to everyone. */
@Service
@Transactional(readOnly = true)
public class CurriculumService {

    private final CurriculumModuleRepository modules;
    private final ModuleMediaRepository media;

    CurriculumService(CurriculumModuleRepository modules, ModuleMediaRepository media) {
        this.modules = modules;
        this.media = media;
    }

    /** The catalogue, in module order. */
    public List<ModuleSummary> modules() {
        return modules.findSummaries();
    }

    public Optional<ModuleDetail> module(String slug) {
        return modules.findBySlug(slug).map(this::detail);
    }

    public Optional<LessonPage> lesson(String moduleSlug, String lessonSlug) {
        return modules.findBySlug(moduleSlug).flatMap(module -> page(module, lessonSlug));
    }

    /** The module's quiz as written in its {@code quiz.yaml}, if it has one. */
    public Optional<String> quizSource(String moduleSlug) {
        return modules.findBySlug(moduleSlug).map(CurriculumModule::getQuizSource);
    }

    public Optional<MediaFile> media(String moduleSlug, String fileName) {
        return media.findFile(moduleSlug, fileName);
    }

    private ModuleDetail detail(CurriculumModule module) {
        List<LessonSummary> lessons =
                module.getLessons().stream().map(CurriculumService::summary).toList();
        List<ModuleLink> prerequisites =
                module.getPrerequisites().isEmpty() ? List.of() : modules.findLinks(module.getPrerequisites());
        return new ModuleDetail(
                link(module),
                module.getSummary(),
                module.getObjectives(),
                module.getDurationMinutes(),
                module.getLevel(),
                module.getTags(),
                prerequisites,
                module.getIntroductionHtml(),
                lessons,
                module.getQuizQuestionCount(),
                module.getGlossary());
    }

    private static Optional<LessonPage> page(CurriculumModule module, String lessonSlug) {
        List<Lesson> lessons = module.getLessons();
        for (int i = 0; i < lessons.size(); i++) {
            Lesson lesson = lessons.get(i);
            if (lesson.getSlug().equals(lessonSlug)) {
                Optional<LessonSummary> previous = i > 0 ? Optional.of(summary(lessons.get(i - 1))) : Optional.empty();
                Optional<LessonSummary> next =
                        i + 1 < lessons.size() ? Optional.of(summary(lessons.get(i + 1))) : Optional.empty();
                return Optional.of(new LessonPage(
                        link(module), summary(lesson), i + 1, lessons.size(), lesson.getBodyHtml(), previous, next));
            }
        }
        return Optional.empty();
    }

    private static ModuleLink link(CurriculumModule module) {
        return new ModuleLink(module.getNumber(), module.getSlug(), module.getTitle());
    }

    private static LessonSummary summary(Lesson lesson) {
        return new LessonSummary(
                lesson.getSlug(), lesson.getPosition(), lesson.getTitle(), lesson.getDurationMinutes());
    }
}
