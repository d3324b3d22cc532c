package fr.passeportnumerique.quiz;

import fr.passeportnumerique.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One try at a module's quiz: the questions drawn and their order, the answers so far, then the result. */
@Entity
@Table(name = "quiz_attempt")
class QuizAttempt extends AbstractEntity {

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "module_slug", nullable = false, updatable = false)
    private String moduleSlug;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "presentation", nullable = false, updatable = false)
    private String presentation;

    @Column(name = "answers", nullable = false)
    private String answers;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "score_percent")
    private Integer scorePercent;

    @Column(name = "passed")
    private Boolean passed;

    protected QuizAttempt() {}

    QuizAttempt(long accountId, String moduleSlug, Instant startedAt, Map<String, List<Integer>> presentation) {
        this.accountId = accountId;
        this.moduleSlug = moduleSlug;
        this.startedAt = startedAt;
        this.presentation = AnswerCodec.writeOrder(presentation);
        this.answers = AnswerCodec.writeAnswers(Map.of());
    }

    /** The questions drawn, in the order shown, each with the order of its choices or items. */
    Map<String, List<Integer>> presentation() {
        return AnswerCodec.readOrder(presentation);
    }

    Map<String, Answer> answers() {
        return AnswerCodec.readAnswers(answers);
    }

    void saveAnswers(Map<String, Answer> latest) {
        if (isSubmitted()) {
            throw new IllegalStateException("This attempt is already submitted");
        }
        answers = AnswerCodec.writeAnswers(latest);
    }

    void submit(Map<String, Answer> finalAnswers, int percent, boolean hasPassed, Instant when) {
        saveAnswers(finalAnswers);
        submittedAt = when;
        scorePercent = percent;
        passed = hasPassed;
    }

    boolean isSubmitted() {
        return submittedAt != null;
    }

    long getAccountId() {
        return accountId;
    }

    String getModuleSlug() {
        return moduleSlug;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    Integer getScorePercent() {
        return scorePercent;
    }

    boolean hasPassed() {
        return Boolean.TRUE.equals(passed);
    }
}
