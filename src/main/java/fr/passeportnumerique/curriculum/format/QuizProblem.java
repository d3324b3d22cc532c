package fr.passeportnumerique.curriculum.format;

import java.util.List;

/**
 * A rule a quiz breaks: the question's number (0 for the quiz as a whole), the field at fault as the file names
 * it, the rule broken and its arguments. Each audience words the code its own way: the editor next to the field,
 * the importer with the file's line.
 */
public record QuizProblem(int question, String field, QuizRule rule, List<Object> arguments) {

    QuizProblem(int question, String field, QuizRule rule, Object... arguments) {
        this(question, field, rule, List.of(arguments));
    }

    public QuizProblem {
        arguments = List.copyOf(arguments);
    }

    public String code() {
        return rule.code();
    }
}
