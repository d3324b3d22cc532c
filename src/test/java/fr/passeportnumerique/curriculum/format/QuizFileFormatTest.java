package fr.passeportnumerique.curriculum.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuizFileFormatTest {

    private static final QuizFile EVERY_TYPE = new QuizFile(
            80,
            Optional.of(2),
            List.of(
                    new QuizQuestion(
                            "scenario",
                            QuestionType.SCENARIO,
                            "Un client « pressé » : écrit-il \"vite\" ?",
                            "Que faites-vous ?",
                            List.of(
                                    new QuizQuestion.Choice("Je vérifie", true, ""),
                                    new QuizQuestion.Choice("Je paie", false, "Jamais sans vérifier.")),
                            null,
                            List.of(),
                            List.of(),
                            List.of(),
                            "Parce que: la prudence.",
                            "une-lecon#Une partie : la suite",
                            4),
                    new QuizQuestion(
                            "vrai-faux",
                            QuestionType.TRUE_FALSE,
                            "",
                            "Vrai ?",
                            List.of(),
                            false,
                            List.of(),
                            List.of(),
                            List.of(),
                            "Non.",
                            "une-lecon",
                            null),
                    new QuizQuestion(
                            "ordre",
                            QuestionType.ORDERING,
                            "",
                            "Dans l'ordre",
                            List.of(),
                            null,
                            List.of("Sauvegarder", "Mettre à jour"),
                            List.of(),
                            List.of(),
                            "Ainsi.",
                            "une-lecon",
                            null),
                    new QuizQuestion(
                            "paires",
                            QuestionType.MATCHING,
                            "",
                            "Associez",
                            List.of(),
                            null,
                            List.of(),
                            List.of(
                                    new QuizQuestion.Pair("RGPD", "Règlement"),
                                    new QuizQuestion.Pair("CNIL", "Autorité")),
                            List.of(),
                            "Voilà.",
                            "une-lecon",
                            null),
                    new QuizQuestion(
                            "mot",
                            QuestionType.SHORT_ANSWER,
                            "",
                            "Le sigle ?",
                            List.of(),
                            null,
                            List.of(),
                            List.of(),
                            List.of("TPE", "très petite entreprise"),
                            "TPE.",
                            "",
                            null)));

    @Test
    void a_quiz_written_then_read_is_the_same_quiz() {
        String yaml = QuizFileFormat.write(EVERY_TYPE);

        assertThat(QuizFileFormat.read(yaml)).contains(EVERY_TYPE);
        assertThat(yaml)
                .contains(
                        "  - id: scenario\n    type: scenario\n    difficulty: 4\n    taught_in: \"une-lecon#Une partie : la suite\"\n",
                        "\n\n  - id: vrai-faux\n    type: true_false\n    taught_in:");
    }

    @Test
    void snake_case_fields_defaults_and_unknown_types_are_read() {
        QuizFile quiz = QuizFileFormat.read("""
                        questions:
                          - id: a
                            type: devinette
                            prompt: "  Quoi ?  "
                        """).orElseThrow();

        assertThat(quiz.passMark()).isEqualTo(QuizFile.DEFAULT_PASS_MARK);
        assertThat(quiz.draw()).isEmpty();
        assertThat(quiz.askedPerAttempt()).isEqualTo(1);
        assertThat(quiz.questions().getFirst().type()).isNull();
        assertThat(quiz.questions().getFirst().prompt()).isEqualTo("Quoi ?");
        assertThat(QuizFileFormat.read("pass_mark: 60\ndraw: 1\nquestions: []")
                        .orElseThrow()
                        .passMark())
                .isEqualTo(60);
    }

    @Test
    void a_text_that_is_not_a_quiz_is_not_read() {
        assertThat(QuizFileFormat.read("questions: [unclosed")).isEmpty();
        assertThat(QuizFileFormat.read("questions:\n  - choices: texte")).isEmpty();
        assertThat(QuizFileFormat.read("questions:\n  - id: a\n    answer: peut-être"))
                .isEmpty();
    }
}
