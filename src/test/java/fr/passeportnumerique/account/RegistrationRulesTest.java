package fr.passeportnumerique.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RegistrationRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private final RegistrationRules rules = new RegistrationRules();

    static CompanyDetails company() {
        return new CompanyDetails(
                "Fleurs Exemple", "12345678901237", Sector.G, 2, LocalDate.of(2024, 5, 2), "49100", "49");
    }

    static Registration registration(CompanyDetails company) {
        return new Registration("Sophie Martin", "sophie@fleurs-exemple.fr", "Baguette-Velo-Lumiere-42", company, null);
    }

    @Test
    void a_complete_registration_has_no_problem() {
        assertThat(rules.problems(registration(company()), TODAY)).isEmpty();
    }

    @Test
    void each_wrong_field_is_named_with_its_message() {
        CompanyDetails company = new CompanyDetails("", "12345678901238", null, -1, TODAY.plusDays(1), "4910", "99");
        Registration registration = new Registration(" ", "sophie@", "court", company, null);

        assertThat(rules.problems(registration, TODAY))
                .containsOnly(
                        entry(RegistrationRules.FULL_NAME, "registration.error.full-name"),
                        entry(RegistrationRules.EMAIL, "registration.error.email"),
                        entry(RegistrationRules.PASSWORD, "password.too-short"),
                        entry(RegistrationRules.COMPANY_NAME, "registration.error.company-name"),
                        entry(RegistrationRules.SIRET, "registration.error.siret"),
                        entry(RegistrationRules.SECTOR, "registration.error.sector"),
                        entry(RegistrationRules.EMPLOYEES, "registration.error.employees"),
                        entry(RegistrationRules.CREATED_ON, "registration.error.created-on-future"),
                        entry(RegistrationRules.POSTCODE, "registration.error.postcode"),
                        entry(RegistrationRules.DEPARTEMENT, "registration.error.departement"));
    }

    @Test
    void a_business_of_twenty_or_more_is_told_kindly_that_the_programme_is_for_tpe() {
        CompanyDetails bigger = new CompanyDetails(
                "Grande Exemple", "12345678901237", Sector.F, 20, LocalDate.of(2010, 1, 1), "69001", "69");

        assertThat(rules.problems(registration(bigger), TODAY))
                .containsExactly(entry(RegistrationRules.EMPLOYEES, "registration.error.not-a-tpe"));
        assertThat(RegistrationRules.employeesProblem(19)).isNull();
        assertThat(RegistrationRules.employeesProblem(0)).isNull();
    }
}
