package fr.passeportnumerique.curriculum.format;

import java.util.List;

/**
 * A rule a quiz breaks: the question's number (0 for the quiz as a whole), the field at fault as the file names
 * it, the rule's code and its arguments. Each audience words the code its own way: the editor next to the field,
 * the importer with the file's line.
 */
public record QuizProblem(int question, String field, String code, List<Object> arguments) {

    QuizProblem(int question, String field, String code, Object... arguments) {
        this(question, field, code, List.of(arguments));
    }

    public QuizProblem {
        arguments = List.copyOf(arguments);
    }
}
