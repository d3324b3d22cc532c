package fr.passeportnumerique.learning;

import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.base.activity.LearnerActivity;
import fr.passeportnumerique.curriculum.LearnerProgress;
import fr.passeportnumerique.curriculum.ProgressSnapshot;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Gives curriculum pages the signed-in learner's ticks and bars, and nothing to anyone else. */
@Component
class SignedInLearnerProgress implements LearnerProgress {

    private final ProgressService progress;
    private final LearnerActivity activity;
    private final AccountService accounts;

    SignedInLearnerProgress(ProgressService progress, LearnerActivity activity, AccountService accounts) {
        this.progress = progress;
        this.activity = activity;
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ProgressSnapshot> ofSignedInLearner() {
        if (!activity.isTracked()) {
            return Optional.empty();
        }
        long learner = accounts.currentAccountId();
        return Optional.of(new ProgressSnapshot(progress.lessonsDone(learner), progress.completedModules(learner)));
    }
}
