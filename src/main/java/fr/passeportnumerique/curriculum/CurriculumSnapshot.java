package fr.passeportnumerique.curriculum;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The published curriculum as pages need it, read once: the catalogue, each module's page, each lesson ready to show
 * (its HTML rendered and sanitised at publication) and each quiz's source. Immutable, so every learner of a node shares
 * it without locks; a new publication makes a new one.
 */
record CurriculumSnapshot(
        List<ModuleSummary> catalogue,
        Map<String, ModuleDetail> modules,
        Map<String, Map<String, LessonPage>> lessons,
        Map<String, String> quizSources) {

    static CurriculumSnapshot of(List<CurriculumModule> stored) {
        List<CurriculumModule> ordered = stored.stream()
                .sorted(Comparator.comparingInt(CurriculumModule::getNumber))
                .toList();
        Map<String, ModuleLink> links =
                ordered.stream().collect(Collectors.toMap(CurriculumModule::getSlug, CurriculumSnapshot::link));
        List<ModuleSummary> catalogue = new ArrayList<>();
        Map<String, ModuleDetail> modules = new HashMap<>();
        Map<String, Map<String, LessonPage>> lessons = new HashMap<>();
        Map<String, String> quizSources = new HashMap<>();
        for (CurriculumModule module : ordered) {
            List<Lesson> moduleLessons = module.getLessons();
            catalogue.add(new ModuleSummary(
                    module.getNumber(),
                    module.getSlug(),
                    module.getTitle(),
                    module.getSummary(),
                    module.getDurationMinutes(),
                    moduleLessons.size()));
            modules.put(module.getSlug(), detail(module, moduleLessons, prerequisites(module, links)));
            lessons.put(module.getSlug(), pages(module, moduleLessons));
            if (module.getQuizSource() != null) {
                quizSources.put(module.getSlug(), module.getQuizSource());
            }
        }
        return new CurriculumSnapshot(
                List.copyOf(catalogue), Map.copyOf(modules), Map.copyOf(lessons), Map.copyOf(quizSources));
    }

    Optional<ModuleDetail> module(String slug) {
        return Optional.ofNullable(modules.get(slug));
    }

    Optional<LessonPage> lesson(String moduleSlug, String lessonSlug) {
        return Optional.ofNullable(lessons.getOrDefault(moduleSlug, Map.of()).get(lessonSlug));
    }

    /** Every lesson, module after module, each in its module's order. */
    List<LessonPage> allLessons() {
        return catalogue.stream()
                .flatMap(module -> modules.get(module.slug()).lessons().stream()
                        .map(lesson -> lessons.get(module.slug()).get(lesson.slug())))
                .toList();
    }

    Optional<String> quizSource(String moduleSlug) {
        return Optional.ofNullable(quizSources.get(moduleSlug));
    }

    private static List<ModuleLink> prerequisites(CurriculumModule module, Map<String, ModuleLink> links) {
        return module.getPrerequisites().stream()
                .map(links::get)
                .filter(Objects::nonNull)
                .sorted(Comparator.comparingInt(ModuleLink::number))
                .toList();
    }

    private static ModuleDetail detail(CurriculumModule module, List<Lesson> lessons, List<ModuleLink> prerequisites) {
        return new ModuleDetail(
                link(module),
                module.getSummary(),
                module.getObjectives(),
                module.getDurationMinutes(),
                module.getLevel(),
                module.getTags(),
                prerequisites,
                module.getIntroductionHtml(),
                lessons.stream().map(CurriculumSnapshot::summary).toList(),
                module.getQuizQuestionCount(),
                module.getGlossary());
    }

    private static Map<String, LessonPage> pages(CurriculumModule module, List<Lesson> lessons) {
        Map<String, LessonPage> pages = new HashMap<>();
        for (int i = 0; i < lessons.size(); i++) {
            Lesson lesson = lessons.get(i);
            Optional<LessonSummary> previous = i > 0 ? Optional.of(summary(lessons.get(i - 1))) : Optional.empty();
            Optional<LessonSummary> next =
                    i + 1 < lessons.size() ? Optional.of(summary(lessons.get(i + 1))) : Optional.empty();
            pages.put(
                    lesson.getSlug(),
                    new LessonPage(
                            link(module),
                            summary(lesson),
                            i + 1,
                            lessons.size(),
                            lesson.getBodyHtml(),
                            previous,
                            next,
                            lesson.getReview(),
                            sectionAnchors(lesson.getBodyHtml())));
        }
        return Map.copyOf(pages);
    }

    /** Each section's heading, as the page shows it, with the anchor the rendering gave it. */
    private static Map<String, String> sectionAnchors(String html) {
        Map<String, String> anchors = new HashMap<>();
        for (Element heading : Jsoup.parseBodyFragment(html).select("h2[id], h3[id]")) {
            anchors.putIfAbsent(heading.text().strip(), heading.id());
        }
        return anchors;
    }

    private static ModuleLink link(CurriculumModule module) {
        return new ModuleLink(module.getNumber(), module.getSlug(), module.getTitle());
    }

    private static LessonSummary summary(Lesson lesson) {
        return new LessonSummary(
                lesson.getSlug(), lesson.getPosition(), lesson.getTitle(), lesson.getDurationMinutes());
    }
}
