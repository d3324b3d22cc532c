package fr.passeportnumerique.quiz;

import fr.passeportnumerique.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A learner's placement test: the question on screen now (so that coming back shows it again) and the time spent,
 * counted only while a question is shown and at most {@link #LONGEST_COUNTED} per question, so that a test left for
 * days keeps what remains of its time.
 */
@Entity
@Table(name = "placement_test")
class PlacementTest extends AbstractEntity {

    static final Duration LONGEST_COUNTED = Duration.ofMinutes(3);

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "stop_reason")
    private String stopReason;

    @Column(name = "active_seconds", nullable = false)
    private int activeSeconds;

    @Column(name = "current_module")
    private String currentModule;

    @Column(name = "current_question")
    private String currentQuestion;

    @Column(name = "current_order")
    private String currentOrder;

    @Column(name = "current_shown_at")
    private Instant currentShownAt;

    protected PlacementTest() {}

    PlacementTest(long accountId, Instant startedAt) {
        this.accountId = accountId;
        this.startedAt = startedAt;
    }

    void show(String moduleSlug, String questionId, List<Integer> order, Instant now) {
        currentModule = moduleSlug;
        currentQuestion = questionId;
        currentOrder = order.stream().map(String::valueOf).collect(Collectors.joining(","));
        currentShownAt = now;
    }

    /** The current question was answered now: its time counts, up to the longest counted. */
    void answered(Instant now) {
        if (currentShownAt != null) {
            Duration spent = Duration.between(currentShownAt, now);
            activeSeconds += (int) Math.max(0, Math.min(spent.toSeconds(), LONGEST_COUNTED.toSeconds()));
        }
        currentModule = null;
        currentQuestion = null;
        currentOrder = null;
        currentShownAt = null;
    }

    void finish(PlacementStop reason, Instant now) {
        if (finishedAt == null) {
            finishedAt = now;
            stopReason = reason.name();
        }
    }

    boolean isFinished() {
        return finishedAt != null;
    }

    long getAccountId() {
        return accountId;
    }

    Instant getStartedAt() {
        return startedAt;
    }

    Optional<Instant> getFinishedAt() {
        return Optional.ofNullable(finishedAt);
    }

    Optional<PlacementStop> getStopReason() {
        return Optional.ofNullable(stopReason).map(PlacementStop::valueOf);
    }

    Duration activeTime() {
        return Duration.ofSeconds(activeSeconds);
    }

    Optional<String> currentModule() {
        return Optional.ofNullable(currentModule);
    }

    Optional<String> currentQuestion() {
        return Optional.ofNullable(currentQuestion);
    }

    List<Integer> currentOrder() {
        if (currentOrder == null || currentOrder.isBlank()) {
            return List.of();
        }
        return Arrays.stream(currentOrder.split(",")).map(Integer::valueOf).toList();
    }
}
