package fr.passeportnumerique.quiz.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CalibrationObservationTest {

    @Test
    void a_plausible_ability_is_drawn_from_the_module_s_posterior() {
        PlacementResponse answer = new PlacementResponse("site", "q1", 0.5, true);
        ModuleEstimate site = new ModuleEstimate("site", 0.4, 0.5, 0.4, 1, MasteryLevel.A_CONSOLIDER, false);

        CalibrationObservation observation = CalibrationObservation.plausible(answer, site, -2);

        assertThat(observation).isEqualTo(new CalibrationObservation("site/q1", -0.6, true));
        assertThatThrownBy(() -> CalibrationObservation.plausible(
                        answer, new ModuleEstimate("autre", 0, 1, 0.3, 0, MasteryLevel.A_CONSOLIDER, false), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
