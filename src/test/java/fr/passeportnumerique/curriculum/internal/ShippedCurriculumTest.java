package fr.passeportnumerique.curriculum.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeportnumerique.base.markdown.MarkdownRenderer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The curriculum the programme ships: 20 complete modules, every link and image resolving. */
class ShippedCurriculumTest {

    private static CurriculumSource curriculum;

    @BeforeAll
    static void read() {
        curriculum = new CurriculumReader(new MarkdownRenderer(), Clock.systemUTC()).read(Path.of("content"));
    }

    @Test
    void every_file_is_valid_and_every_internal_link_and_image_resolves() {
        assertThat(curriculum.problems()).isEmpty();
    }

    @Test
    void the_twenty_modules_are_there_in_order() {
        assertThat(curriculum.modules())
                .extracting(ModuleSource::number)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 20).boxed().toList());
    }

    @Test
    void each_module_has_objectives_three_to_six_lessons_a_glossary_and_a_quiz_of_eight_questions() {
        for (ModuleSource module : curriculum.modules()) {
            assertThat(module.objectives()).as(module.slug() + " objectives").hasSizeBetween(3, 6);
            assertThat(module.lessons()).as(module.slug() + " lessons").hasSizeBetween(3, 6);
            assertThat(module.glossary()).as(module.slug() + " glossary").isNotEmpty();
            assertThat(module.hasQuiz()).as(module.slug() + " quiz").isTrue();
            assertThat(module.quiz().questionCount())
                    .as(module.slug() + " questions")
                    .isGreaterThanOrEqualTo(8);
        }
    }

    @Test
    void each_quiz_mixes_at_least_three_question_types() {
        for (ModuleSource module : curriculum.modules()) {
            Map<String, Object> quiz = new Yaml().load(module.quiz().yaml());
            @SuppressWarnings("unchecked")
            long types = ((List<Map<String, Object>>) quiz.get("questions"))
                    .stream().map(question -> question.get("type")).distinct().count();
            assertThat(types).as(module.slug() + " question types").isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void each_lesson_ends_with_what_to_remember() {
        for (ModuleSource module : curriculum.modules()) {
            for (LessonSource lesson : module.lessons()) {
                assertThat(lesson.markdown())
                        .as(module.slug() + "/" + lesson.slug())
                        .containsPattern("> \\[!NOTE] À retenir(\\n>.*)+$");
            }
        }
    }
}
