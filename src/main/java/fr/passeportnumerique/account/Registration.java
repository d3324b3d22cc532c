package fr.passeportnumerique.account;

import fr.passeportnumerique.base.validation.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a business owner fills in to create their account; {@code welcomePointId} may be null. Each constraint's
 * message is the translation key shown next to its field.
 */
public record Registration(
        @NotBlank(message = FULL_NAME_PROBLEM)
        @Size(max = FULL_NAME_MAX_LENGTH, message = FULL_NAME_PROBLEM)
        @PlainText(message = FULL_NAME_PROBLEM)
        String fullName,

        @NotNull(message = EMAIL_PROBLEM)
        @Size(max = EMAIL_MAX_LENGTH, message = EMAIL_PROBLEM)
        @PlainText(message = EMAIL_PROBLEM)
        @Pattern(regexp = EmailAddresses.SHAPE, message = EMAIL_PROBLEM)
        String email,

        @AcceptablePassword String password,

        @NotNull(message = CompanyDetails.NAME_PROBLEM) @Valid
        CompanyDetails company,

        Long welcomePointId) {

    public static final int FULL_NAME_MAX_LENGTH = 120;
    public static final int EMAIL_MAX_LENGTH = 254;
    static final String FULL_NAME_PROBLEM = "registration.error.full-name";
    static final String EMAIL_PROBLEM = "registration.error.email";
}
