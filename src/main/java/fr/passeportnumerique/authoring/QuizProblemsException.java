package fr.passeportnumerique.authoring;

import java.util.List;

/** A quiz that breaks the rules: nothing is saved, and the editor shows each problem by its question. */
public class QuizProblemsException extends RuntimeException {

    private final List<QuizRules.Problem> problems;

    public QuizProblemsException(List<QuizRules.Problem> problems) {
        super(problems.size() + " problem(s) in the quiz");
        this.problems = List.copyOf(problems);
    }

    public List<QuizRules.Problem> problems() {
        return problems;
    }
}
