package fr.passeportnumerique.learning;

import fr.passeportnumerique.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** A learner's standing on one module: best quiz score, when the quiz was passed, when the module was stamped. */
@Entity
@Table(name = "module_progress")
class ModuleProgress extends AbstractEntity {

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "module_slug", nullable = false, updatable = false)
    private String moduleSlug;

    @Column(name = "best_score")
    private Integer bestScore;

    @Column(name = "quiz_passed_at")
    private Instant quizPassedAt;

    @Column(name = "stamped_at")
    private Instant stampedAt;

    @Column(name = "validated_by_quiz", nullable = false)
    private boolean validatedByQuiz;

    @Column(name = "seconds_spent", nullable = false)
    private long secondsSpent;

    @Column(name = "last_activity_at")
    private Instant lastActivityAt;

    protected ModuleProgress() {}

    void recordScore(int score) {
        bestScore = bestScore == null ? score : Math.max(bestScore, score);
    }

    void quizPassed(Instant when) {
        if (quizPassedAt == null) {
            quizPassedAt = when;
        }
    }

    boolean isQuizPassed() {
        return quizPassedAt != null;
    }

    /** Stamps the module once; answers whether this call did it. */
    boolean stamp(Instant when) {
        if (stampedAt != null) {
            return false;
        }
        stampedAt = when;
        return true;
    }

    /** Stamps the module on its quiz alone, after a placement found it mastered; answers whether this call did it. */
    boolean stampValidatedByQuiz(Instant when) {
        if (stampedAt != null) {
            return false;
        }
        stampedAt = when;
        validatedByQuiz = true;
        return true;
    }

    boolean isValidatedByQuiz() {
        return validatedByQuiz;
    }

    long getSecondsSpent() {
        return secondsSpent;
    }

    Optional<Instant> getLastActivityAt() {
        return Optional.ofNullable(lastActivityAt);
    }

    Optional<Instant> getQuizPassedAt() {
        return Optional.ofNullable(quizPassedAt);
    }

    String getModuleSlug() {
        return moduleSlug;
    }

    Optional<Instant> getStampedAt() {
        return Optional.ofNullable(stampedAt);
    }

    Optional<Integer> getBestScore() {
        return Optional.ofNullable(bestScore);
    }
}
