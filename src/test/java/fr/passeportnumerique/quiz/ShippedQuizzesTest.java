package fr.passeportnumerique.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeportnumerique.base.markdown.MarkdownRenderer;
import fr.passeportnumerique.curriculum.internal.CurriculumReader;
import fr.passeportnumerique.curriculum.internal.ModuleSource;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every question of the 20 shipped quizzes parses, gives full marks to its right answer and none to nothing. */
class ShippedQuizzesTest {

    private final List<ModuleSource> modules = new CurriculumReader(new MarkdownRenderer(), Clock.systemUTC())
            .read(Path.of("content"))
            .modules();

    @Test
    void every_shipped_question_rewards_its_right_answer_and_not_an_empty_one() {
        assertThat(modules).hasSize(20);
        int questions = 0;
        for (ModuleSource module : modules) {
            QuizDefinition quiz = QuizParser.parse(module.quiz().yaml());
            assertThat(quiz.passMark()).as(module.slug()).isBetween(1, 100);
            assertThat(quiz.draw())
                    .as(module.slug())
                    .isBetween(1, quiz.questions().size());
            for (Question question : quiz.questions()) {
                String where = module.slug() + "/" + question.id();
                assertThat(Grading.grade(question, RightAnswers.of(question)))
                        .as(where)
                        .isEqualTo(Score.RIGHT);
                assertThat(Grading.grade(question, emptyAnswer(question)).correct())
                        .as(where)
                        .isFalse();
                questions++;
            }
        }
        assertThat(questions).isGreaterThanOrEqualTo(160);
    }

    private static Answer emptyAnswer(Question question) {
        return switch (question) {
            case Question.TrueFalse q -> new Answer.TrueOrFalse(null);
            case Question.Ordering q -> new Answer.Ordered(List.of());
            case Question.Matching q -> new Answer.Matched(Map.of());
            case Question.ShortAnswer q -> new Answer.Typed("");
            default -> new Answer.Chosen(Set.of());
        };
    }
}
