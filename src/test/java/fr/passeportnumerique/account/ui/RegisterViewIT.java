package fr.passeportnumerique.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import fr.passeportnumerique.ViewTestSupport;
import fr.passeportnumerique.account.Sector;
import fr.passeportnumerique.base.territory.Territories;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RegisterViewIT extends ViewTestSupport {

    private RegistrationForm fillIn(String siret, int employees) {
        navigate("inscription");
        RegistrationForm form = _get(RegistrationForm.class);
        form.fullName.setValue("Karim Exemple");
        form.email.setValue("karim-" + UUID.randomUUID() + "@electricite-exemple.fr");
        form.password.setValue("Prise-Fusible-Tableau-9");
        form.company.name.setValue("Électricité Exemple");
        form.company.siret.setValue(siret);
        form.company.sector.setValue(Sector.F);
        form.company.employees.setValue(employees);
        form.company.createdOn.setValue(LocalDate.of(2019, 9, 1));
        form.company.postcode.setValue("31000");
        return form;
    }

    @Test
    void the_postcode_fills_in_the_departement() {
        RegistrationForm form = fillIn("12345678901237", 1);

        assertThat(form.company.departement.getValue())
                .isEqualTo(Territories.departement("31").orElseThrow());
    }

    @Test
    void a_wrong_siret_is_shown_on_its_field_and_nothing_else_is_marked() {
        RegistrationForm form = fillIn("12345678901238", 1);

        form.submit.click();

        assertThat(form.company.siret.isInvalid()).isTrue();
        assertThat(form.company.siret.getErrorMessage()).startsWith("Ce numéro SIRET n’est pas valide");
        assertThat(form.email.isInvalid()).isFalse();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("inscription");
    }

    @Test
    void twenty_employees_or_more_gets_a_kind_explanation_at_once() {
        RegistrationForm form = fillIn("12345678901237", 25);

        assertThat(form.company.employees.isInvalid()).isTrue();
        assertThat(form.company.employees.getErrorMessage())
                .contains("très petites entreprises, de moins de 20 salariés");
    }

    @Test
    void a_complete_form_creates_the_account_and_leads_to_sign_in() {
        RegistrationForm form = fillIn("12345678901237", 2);

        form.submit.click();

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("connexion");
    }
}
