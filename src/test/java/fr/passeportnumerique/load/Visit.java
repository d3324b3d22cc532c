package fr.passeportnumerique.load;

import fr.passeportnumerique.curriculum.CurriculumService;
import fr.passeportnumerique.curriculum.LessonSummary;
import fr.passeportnumerique.curriculum.ModuleDetail;
import fr.passeportnumerique.e2e.ManagerQueries;
import java.util.ArrayList;
import java.util.List;

/** What one round of a learner visits: a module, one of its lessons and the next, and a search. */
record Visit(String module, String moduleTitle, Lesson lesson, Lesson nextLesson, String query) {

    record Lesson(String slug, String title) {}

    /** The module whose quiz every round takes: the first, which no other module's quiz must precede. */
    static final String QUIZ_MODULE = "premiers-pas";

    String lessonPath() {
        return module + "/" + lesson.slug();
    }

    /** One visit per module, each with a different lesson and query, so that learners do not all read the same. */
    static List<Visit> all(CurriculumService curriculum) {
        List<Visit> visits = new ArrayList<>();
        var modules = curriculum.modules();
        for (int i = 0; i < modules.size(); i++) {
            ModuleDetail module = curriculum.module(modules.get(i).slug()).orElseThrow();
            List<LessonSummary> lessons = module.lessons();
            int first = i % Math.max(1, lessons.size() - 1);
            visits.add(new Visit(
                    module.link().slug(),
                    module.link().title(),
                    lesson(lessons.get(first)),
                    lesson(lessons.get(Math.min(first + 1, lessons.size() - 1))),
                    ManagerQueries.TYPED.get(i % ManagerQueries.TYPED.size())));
        }
        return visits;
    }

    private static Lesson lesson(LessonSummary summary) {
        return new Lesson(summary.slug(), summary.title());
    }
}
