package fr.passeportnumerique.curriculum;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.List;

/** A content problem as stored with its import. */
@Embeddable
class RecordedProblem {

    /** Separates the arguments in one column: a control character no content file name or slug contains. */
    private static final String SEPARATOR = "\u001F";

    private static final int MAX_FILE = 300;
    private static final int MAX_ARGUMENTS = 1000;

    @Column(name = "file", nullable = false)
    private String file;

    @Column(name = "line", nullable = false)
    private int line;

    @Column(name = "code", nullable = false)
    private String code;

    @Column(name = "arguments", nullable = false)
    private String arguments;

    protected RecordedProblem() {}

    RecordedProblem(ContentProblem problem) {
        file = cut(problem.file(), MAX_FILE);
        line = problem.line();
        code = problem.code();
        arguments = cut(String.join(SEPARATOR, problem.arguments()), MAX_ARGUMENTS);
    }

    ContentProblem toProblem() {
        List<String> values = arguments.isEmpty() ? List.of() : Arrays.asList(arguments.split(SEPARATOR, -1));
        return new ContentProblem(file, line, code, values);
    }

    private static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
