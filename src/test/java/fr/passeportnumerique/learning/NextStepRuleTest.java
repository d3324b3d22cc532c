package fr.passeportnumerique.learning;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeportnumerique.base.activity.Place;
import fr.passeportnumerique.curriculum.LessonSummary;
import fr.passeportnumerique.curriculum.ModuleDetail;
import fr.passeportnumerique.curriculum.ModuleLink;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NextStepRuleTest {

    private static final ModuleDetail FIRST = module(1, "premiers-pas", List.of());
    private static final ModuleDetail SECOND =
            module(2, "internet", List.of(new ModuleLink(1, "premiers-pas", "Premiers pas")));
    private static final ModuleDetail THIRD = module(3, "messagerie", List.of());
    private static final List<ModuleDetail> CURRICULUM = List.of(FIRST, SECOND, THIRD);

    private static ModuleDetail module(int number, String slug, List<ModuleLink> prerequisites) {
        return new ModuleDetail(
                new ModuleLink(number, slug, "Module " + number),
                "",
                List.of(),
                60,
                "debutant",
                List.of(),
                prerequisites,
                "",
                List.of(new LessonSummary("a", 1, "Leçon A", 10), new LessonSummary("b", 2, "Leçon B", 10)),
                10,
                List.of());
    }

    private static NextStep next(Map<String, Set<String>> done, Set<String> completed, Optional<Place> last) {
        return new NextStepRule(CURRICULUM, done, completed).next(last);
    }

    @Test
    void a_new_learner_starts_the_first_lesson_of_the_first_module() {
        NextStep step = next(Map.of(), Set.of(), Optional.empty());

        assertThat(step.kind()).isEqualTo(NextStep.Kind.START_LESSON);
        assertThat(step.path()).isEqualTo("modules/premiers-pas/a");
    }

    @Test
    void an_unfinished_lesson_where_the_learner_stopped_comes_first() {
        NextStep step = next(Map.of(), Set.of(), Optional.of(Place.lesson("messagerie", "b")));

        assertThat(step.kind()).isEqualTo(NextStep.Kind.RESUME_LESSON);
        assertThat(step.path()).isEqualTo("modules/messagerie/b");
    }

    @Test
    void after_a_finished_lesson_comes_the_next_unread_one_of_the_same_module() {
        NextStep step = next(Map.of("messagerie", Set.of("a")), Set.of(), Optional.of(Place.lesson("messagerie", "a")));

        assertThat(step.kind()).isEqualTo(NextStep.Kind.START_LESSON);
        assertThat(step.path()).isEqualTo("modules/messagerie/b");
    }

    @Test
    void the_quiz_follows_the_last_lesson_and_an_open_quiz_is_resumed() {
        Map<String, Set<String>> done = Map.of("premiers-pas", Set.of("a", "b"));

        assertThat(next(done, Set.of(), Optional.empty()).path()).isEqualTo("modules/premiers-pas/quiz");
        assertThat(next(Map.of(), Set.of(), Optional.of(Place.quiz("messagerie")))
                        .path())
                .isEqualTo("modules/messagerie/a");
        assertThat(next(Map.of("messagerie", Set.of("a", "b")), Set.of(), Optional.of(Place.quiz("messagerie")))
                        .kind())
                .isEqualTo(NextStep.Kind.TAKE_QUIZ);
    }

    @Test
    void a_completed_module_is_skipped_and_prerequisites_are_respected() {
        assertThat(next(Map.of(), Set.of("premiers-pas"), Optional.of(Place.lesson("premiers-pas", "a")))
                        .path())
                .isEqualTo("modules/internet/a");
        NextStepRule prerequisiteFirst = new NextStepRule(List.of(SECOND, THIRD, FIRST), Map.of(), Set.of());
        assertThat(prerequisiteFirst.next(Optional.empty()).path())
                .as("a module waits for its prerequisites")
                .isEqualTo("modules/messagerie/a");
    }

    @Test
    void a_place_that_no_longer_exists_is_ignored() {
        assertThat(next(Map.of(), Set.of(), Optional.of(Place.lesson("retire", "x")))
                        .path())
                .isEqualTo("modules/premiers-pas/a");
    }

    @Test
    void a_graduate_is_sent_to_their_certificate() {
        NextStep step = next(Map.of(), Set.of("premiers-pas", "internet", "messagerie"), Optional.empty());

        assertThat(step.kind()).isEqualTo(NextStep.Kind.GET_CERTIFICATE);
        assertThat(step.path()).isEqualTo("mon-passeport");
    }
}
