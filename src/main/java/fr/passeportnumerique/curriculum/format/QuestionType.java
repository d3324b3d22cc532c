package fr.passeportnumerique.curriculum.format;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** The question types of the quiz format, with their names in {@code quiz.yaml}. */
public enum QuestionType {
    SINGLE_CHOICE("single_choice"),
    MULTIPLE_CHOICE("multiple_choice"),
    SCENARIO("scenario"),
    TRUE_FALSE("true_false"),
    ORDERING("ordering"),
    MATCHING("matching"),
    SHORT_ANSWER("short_answer");

    private final String yamlName;

    QuestionType(String yamlName) {
        this.yamlName = yamlName;
    }

    @JsonValue
    public String yamlName() {
        return yamlName;
    }

    public boolean hasChoices() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE || this == SCENARIO;
    }

    public static Optional<QuestionType> of(String yamlName) {
        return Arrays.stream(values())
                .filter(type -> type.yamlName.equals(yamlName))
                .findFirst();
    }
}
