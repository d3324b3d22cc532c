package fr.passeportnumerique.quiz.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoppingRuleTest {

    private static final PlacementModel MODEL = PlacementModel.DEFAULT;
    private final StoppingRule rule = new StoppingRule(MODEL);

    private static List<ModuleEstimate> decided(boolean... decisions) {
        return java.util.stream.IntStream.range(0, decisions.length)
                .mapToObj(i -> new ModuleEstimate(
                        "m" + i, 0, 1, decisions[i] ? 0.95 : 0.5, 1, MasteryLevel.A_CONSOLIDER, decisions[i]))
                .toList();
    }

    @Test
    void the_test_stops_once_every_module_is_decided_after_the_minimum_of_questions() {
        Duration early = Duration.ofMinutes(3);

        assertThat(rule.shouldStop(decided(true, true, true), MODEL.minQuestions(), early))
                .isTrue();
        assertThat(rule.shouldStop(decided(true, false, true), MODEL.minQuestions(), early))
                .isFalse();
        assertThat(rule.shouldStop(decided(true, true, true), MODEL.minQuestions() - 1, early))
                .isFalse();
    }

    @Test
    void the_test_stops_at_the_maximum_of_questions() {
        assertThat(rule.shouldStop(decided(false), MODEL.maxQuestions(), Duration.ofMinutes(1)))
                .isTrue();
        assertThat(rule.shouldStop(decided(false), MODEL.maxQuestions() - 1, Duration.ofMinutes(1)))
                .isFalse();
    }

    @Test
    void the_test_stops_when_the_time_is_up() {
        assertThat(rule.shouldStop(decided(false), 3, Duration.ofMinutes(15))).isTrue();
        assertThat(rule.shouldStop(decided(false), 3, Duration.ofMinutes(15).minusSeconds(1)))
                .isFalse();
    }
}
