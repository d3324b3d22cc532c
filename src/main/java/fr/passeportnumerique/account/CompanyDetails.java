package fr.passeportnumerique.account;

import fr.passeportnumerique.base.validation.FrenchPostcode;
import fr.passeportnumerique.base.validation.KnownDepartement;
import fr.passeportnumerique.base.validation.PlainText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What a learner tells about their business. The creation date's bounds depend on today's date, so
 * {@link RegistrationRules} checks them with the application's clock.
 */
public record CompanyDetails(
        @NotBlank(message = NAME_PROBLEM)
        @Size(max = NAME_MAX_LENGTH, message = NAME_PROBLEM)
        @PlainText(message = NAME_PROBLEM)
        String name,

        @ValidSiret(message = "registration.error.siret") String siret,
        @NotNull(message = "registration.error.sector") Sector sector,

        @Min(value = 0, message = "registration.error.employees")
        @Max(value = MAX_EMPLOYEES, message = "registration.error.not-a-tpe")
        int employees,

        @NotNull(message = "registration.error.created-on") LocalDate createdOn,

        @FrenchPostcode(message = "registration.error.postcode")
        String postcode,

        @KnownDepartement(message = "registration.error.departement")
        String departement) {

    public static final int NAME_MAX_LENGTH = 160;
    /** The programme is for very small businesses: fewer than 20 people. */
    public static final int MAX_EMPLOYEES = 19;

    static final String NAME_PROBLEM = "registration.error.company-name";
}
