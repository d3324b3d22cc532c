package fr.passeportnumerique.base.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ViolationsTest {

    record Inner(
            @FrenchPostcode(message = "expert-profile.problem.postcode")
            String postcode) {}

    record Command(
            @NotBlank(message = "expert-profile.problem.contact")
            String name,

            @jakarta.validation.Valid Inner inner,

            @Max(value = 10, message = "expert-profile.problem.capacity")
            int capacity) {}

    @Test
    void problems_come_as_translation_keys_in_the_order_of_the_fields() {
        Command wrong = new Command("", new Inner("ABCDE"), 11);

        assertThat(Violations.of(wrong))
                .containsExactly(
                        "expert-profile.problem.contact",
                        "expert-profile.problem.postcode",
                        "expert-profile.problem.capacity");
        assertThat(Violations.byField(wrong)).containsKeys("name", "inner.postcode", "capacity");
        assertThat(Violations.of(new Command("Camille", new Inner("20000"), 3)))
                .as("a Corsican postcode leads to a département")
                .isEmpty();
    }

    @Test
    void a_key_is_shown_in_the_persons_language_and_other_messages_as_the_validator_words_them() {
        var interpolator = Validation.buildDefaultValidatorFactory().getMessageInterpolator();

        assertThat(interpolator).isInstanceOf(TranslatedMessages.class);
        assertThat(interpolator.interpolate("expert-profile.problem.postcode", null, Locale.FRENCH))
                .isNotEqualTo(interpolator.interpolate("expert-profile.problem.postcode", null, Locale.ENGLISH))
                .doesNotContain("expert-profile");
    }
}
