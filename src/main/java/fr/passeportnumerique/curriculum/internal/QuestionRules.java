package fr.passeportnumerique.curriculum.internal;

import java.util.List;
import java.util.Set;

/** The rules of each question type, checked on one question of a quiz file. */
final class QuestionRules {

    private static final int TEXT_MAX_LENGTH = 1000;
    private final YamlMap question;
    private final Problems.FileProblems here;

    QuestionRules(YamlMap question, Problems.FileProblems here) {
        this.question = question;
        this.here = here;
    }

    void check(String type) {
        switch (type) {
            case "single_choice" -> checkChoices(true);
            case "scenario" -> {
                question.text("situation", true, TEXT_MAX_LENGTH);
                checkChoices(true);
            }
            case "multiple_choice" -> checkChoices(false);
            case "true_false" -> question.bool("answer", true);
            case "ordering" ->
                atLeastTwo(
                        "items", question.texts("items", true, TEXT_MAX_LENGTH).size());
            case "matching" -> checkPairs();
            case "short_answer" -> question.texts("accepted", true, 200);
            default -> throw new IllegalArgumentException("Unknown question type " + type);
        }
    }

    private void checkChoices(boolean exactlyOne) {
        List<YamlMap> choices = question.maps("choices", true);
        atLeastTwo("choices", choices.size());
        int correct = 0;
        for (YamlMap choice : choices) {
            choice.rejectUnknownKeys(Set.of("text", "correct", "feedback"));
            choice.text("text", true, TEXT_MAX_LENGTH);
            choice.text("feedback", false, TEXT_MAX_LENGTH);
            if (choice.bool("correct", false).orElse(false)) {
                correct++;
            }
        }
        if (choices.isEmpty()) {
            return;
        }
        if (exactlyOne && correct != 1) {
            here.add(question.lineOf("choices"), "quiz-one-correct", String.valueOf(correct));
        } else if (!exactlyOne && correct == 0) {
            here.add(question.lineOf("choices"), "quiz-no-correct");
        }
    }

    private void checkPairs() {
        List<YamlMap> pairs = question.maps("pairs", true);
        atLeastTwo("pairs", pairs.size());
        for (YamlMap pair : pairs) {
            pair.rejectUnknownKeys(Set.of("term", "definition"));
            pair.text("term", true, TEXT_MAX_LENGTH);
            pair.text("definition", true, TEXT_MAX_LENGTH);
        }
    }

    private void atLeastTwo(String field, int count) {
        if (count == 1) {
            here.add(question.lineOf(field), "quiz-too-few", field);
        }
    }
}
