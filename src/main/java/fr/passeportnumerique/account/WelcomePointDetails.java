package fr.passeportnumerique.account;

import fr.passeportnumerique.base.validation.FrenchPostcode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A welcome point as the finder and the forms show it; {@code id} is null before it is stored. What it needs before
 * it is shown to the public is written on its fields, each message a translation key.
 */
public record WelcomePointDetails(
        Long id,
        @NotNull(message = "welcome-point.error.type") WelcomePointType type,

        @NotBlank(message = TEXT_PROBLEM) @Size(max = 160, message = TEXT_PROBLEM)
        String name,

        @NotBlank(message = TEXT_PROBLEM) @Size(max = 200, message = TEXT_PROBLEM)
        String address,

        @FrenchPostcode(message = "registration.error.postcode")
        String postcode,

        @NotBlank(message = TEXT_PROBLEM) @Size(max = 100, message = TEXT_PROBLEM)
        String town,

        String departement,
        String region,

        @NotBlank(message = TEXT_PROBLEM) @Size(max = 300, message = TEXT_PROBLEM)
        String openingHours,

        @NotNull(message = "welcome-point.error.phone")
        @Pattern(regexp = "[0-9 +.]{10,20}", message = "welcome-point.error.phone")
        String phone,

        @NotNull(message = Registration.EMAIL_PROBLEM)
        @Size(max = Registration.EMAIL_MAX_LENGTH, message = Registration.EMAIL_PROBLEM)
        @Pattern(regexp = EmailAddresses.SHAPE, message = Registration.EMAIL_PROBLEM)
        String email) {

    static final String TEXT_PROBLEM = "welcome-point.error.text";
}
