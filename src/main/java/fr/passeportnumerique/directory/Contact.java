package fr.passeportnumerique.directory;

import fr.passeportnumerique.base.validation.FrenchPostcode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * How to reach an expert: the person to ask for, their e-mail and telephone, the business's address. Checked the
 * same wherever it is entered (accreditation, the expert's own profile); each message is a translation key.
 */
public record Contact(
        @NotBlank(message = NAME_PROBLEM) @Size(max = NAME_MAX_LENGTH, message = NAME_PROBLEM)
        String name,

        @NotNull(message = EMAIL_PROBLEM)
        @Size(max = EMAIL_MAX_LENGTH, message = EMAIL_PROBLEM)
        @Pattern(regexp = "\\s*[^@\\s]+@[^@\\s]+\\.[^@\\s]+\\s*", message = EMAIL_PROBLEM)
        String email,

        @NotNull(message = PHONE_PROBLEM) @Pattern(regexp = "\\s*[0-9 +.()-]{10,20}\\s*", message = PHONE_PROBLEM)
        String phone,

        @NotBlank(message = ADDRESS_PROBLEM) @Size(max = STREET_MAX_LENGTH, message = ADDRESS_PROBLEM)
        String street,

        @FrenchPostcode(message = POSTCODE_PROBLEM) String postcode,

        @NotBlank(message = ADDRESS_PROBLEM) @Size(max = TOWN_MAX_LENGTH, message = ADDRESS_PROBLEM)
        String town) {

    public static final int NAME_MAX_LENGTH = 160;
    public static final int EMAIL_MAX_LENGTH = 254;
    public static final int STREET_MAX_LENGTH = 200;
    public static final int TOWN_MAX_LENGTH = 100;
    static final String NAME_PROBLEM = "expert-profile.problem.contact";
    static final String EMAIL_PROBLEM = "expert-profile.problem.email";
    static final String PHONE_PROBLEM = "expert-profile.problem.phone";
    static final String ADDRESS_PROBLEM = "expert-profile.problem.address";
    static final String POSTCODE_PROBLEM = "expert-profile.problem.postcode";

    /** The same contact without the spaces typed around each value. */
    public Contact stripped() {
        return new Contact(name.strip(), email.strip(), phone.strip(), street.strip(), postcode.strip(), town.strip());
    }
}
