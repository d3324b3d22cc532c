package fr.passeportnumerique.curriculum.format;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;

/**
 * A module's {@code quiz.yaml}: the mark to pass, in percent, how many questions an attempt draws (all when
 * absent) and the questions.
 */
public record QuizFile(int passMark, Optional<Integer> draw, List<QuizQuestion> questions) {

    public static final int DEFAULT_PASS_MARK = 70;

    public QuizFile {
        questions = QuizQuestion.listOf(questions);
    }

    @JsonCreator
    static QuizFile fromYaml(
            @JsonProperty("pass_mark") Integer passMark,
            @JsonProperty("draw") Integer draw,
            @JsonProperty("questions") List<QuizQuestion> questions) {
        return new QuizFile(passMark == null ? DEFAULT_PASS_MARK : passMark, Optional.ofNullable(draw), questions);
    }

    /** How many questions each attempt asks. */
    public int askedPerAttempt() {
        return Math.min(draw.orElse(questions.size()), questions.size());
    }
}
