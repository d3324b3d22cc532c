package fr.passeportnumerique.authoring;

import fr.passeportnumerique.curriculum.format.QuizProblem;
import java.util.List;

/** A quiz that breaks the rules: nothing is saved, and the editor shows each problem by its question. */
public class QuizProblemsException extends RuntimeException {

    private final List<QuizProblem> problems;

    public QuizProblemsException(List<QuizProblem> problems) {
        super(problems.size() + " problem(s) in the quiz");
        this.problems = List.copyOf(problems);
    }

    public List<QuizProblem> problems() {
        return problems;
    }
}
