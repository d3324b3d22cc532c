package fr.passeportnumerique.quiz;

import java.util.List;

/** The quiz stays closed until the learner completes these prerequisite modules. */
public class QuizLockedException extends RuntimeException {

    private final transient List<String> missingModules;

    public QuizLockedException(List<String> missingModules) {
        super("Prerequisites not completed: " + missingModules);
        this.missingModules = List.copyOf(missingModules);
    }

    public List<String> missingModules() {
        return missingModules;
    }
}
