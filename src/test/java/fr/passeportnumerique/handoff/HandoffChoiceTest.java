package fr.passeportnumerique.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HandoffChoiceTest {

    private static HandoffChoice.Pick expert(long id) {
        return new HandoffChoice.Pick(id, Optional.empty());
    }

    @Test
    void one_to_three_different_experts_with_consent_and_a_short_message_make_a_choice() {
        assertThat(new HandoffChoice(List.of(expert(1), expert(2), expert(3)), Optional.of("Bonjour"), true).problem())
                .isEmpty();
    }

    @Test
    void each_wrong_choice_says_why_consent_first() {
        assertThat(new HandoffChoice(List.of(), Optional.empty(), false).problem())
                .contains("handoff.error.consent");
        assertThat(new HandoffChoice(List.of(), Optional.empty(), true).problem())
                .contains("handoff.error.count");
        assertThat(new HandoffChoice(List.of(expert(1), expert(2), expert(3), expert(4)), Optional.empty(), true)
                        .problem())
                .contains("handoff.error.count");
        assertThat(new HandoffChoice(List.of(expert(1)), Optional.of("x".repeat(1001)), true).problem())
                .contains("handoff.error.message-long");
        assertThat(new HandoffChoice(List.of(expert(1), expert(1)), Optional.empty(), true).problem())
                .contains("handoff.error.already");
    }
}
