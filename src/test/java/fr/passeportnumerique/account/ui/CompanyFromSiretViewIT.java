package fr.passeportnumerique.account.ui;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import fr.passeportnumerique.CompanyApiStub;
import fr.passeportnumerique.TestLearners;
import fr.passeportnumerique.ViewTestSupport;
import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.account.CompanyDetails;
import fr.passeportnumerique.account.RegistrationException;
import fr.passeportnumerique.account.RegistrationRules;
import fr.passeportnumerique.account.Sector;
import fr.passeportnumerique.base.territory.Territories;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The registration form pre-filled from the state's company directory, played by WireMock. */
class CompanyFromSiretViewIT extends ViewTestSupport {

    @Autowired
    AccountService accounts;

    private RegistrationForm typeSiret(String siret) throws Exception {
        navigate("inscription");
        RegistrationForm form = _get(RegistrationForm.class);
        _setValue(form.company.siret, siret);
        form.company.pendingLookup().get(10, TimeUnit.SECONDS);
        MockVaadin.runUIQueue();
        return form;
    }

    @Test
    void typing_the_siret_of_an_active_establishment_fills_in_the_business() throws Exception {
        CompanyApiStub.answer("91234567500025", "active-establishment");

        CompanyFields company = typeSiret("912 345 675 00025").company;

        assertThat(company.name.getValue()).isEqualTo("ELECTRICITE MARTIN (EM)");
        assertThat(company.sector.getValue()).isEqualTo(Sector.F);
        assertThat(company.createdOn.getValue()).isEqualTo(LocalDate.of(2024, 3, 15));
        assertThat(company.postcode.getValue()).isEqualTo("31000");
        assertThat(company.departement.getValue())
                .isEqualTo(Territories.departement("31").orElseThrow());
        assertThat(company.employees.getValue()).isEqualTo(3);
        assertThat(company.employees.getHelperText()).contains("3 à 5 salariés");
        assertThat(company.status.text()).contains("ELECTRICITE MARTIN (EM)");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    @Test
    void the_pre_filled_fields_stay_editable_and_the_account_is_created_with_the_corrections() throws Exception {
        CompanyApiStub.answer("79345678100012", "head-office");
        RegistrationForm form = typeSiret("79345678100012");

        form.company.name.setValue("Atelier Lucie");
        form.fullName.setValue("Lucie Paoli");
        form.email.setValue("lucie-" + UUID.randomUUID() + "@atelier-exemple.fr");
        form.password.setValue("Fil-Aiguille-Patron-7");
        form.submit.click();

        assertThat(form.company.name.isReadOnly()).isFalse();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("connexion");
    }

    @Test
    void a_closed_establishment_is_refused_with_a_clear_message_by_the_form_and_the_service() throws Exception {
        CompanyApiStub.answer("85012345600020", "closed-establishment");
        RegistrationForm form = typeSiret("85012345600020");

        form.submit.click();

        assertThat(form.company.siret.isInvalid()).isTrue();
        assertThat(form.company.siret.getErrorMessage()).startsWith("Cet établissement est fermé");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("inscription");
        assertThatThrownBy(() -> accounts.register(form.registration()))
                .isInstanceOfSatisfying(
                        RegistrationException.class,
                        refused -> assertThat(refused.problems())
                                .containsEntry(RegistrationRules.SIRET, RegistrationRules.CLOSED_ESTABLISHMENT));
    }

    @Test
    void a_siret_the_directory_does_not_know_lets_the_person_type() throws Exception {
        CompanyFields company = typeSiret("90876543100014").company;

        assertThat(company.status.text()).startsWith("Ce numéro SIRET n’est pas dans l’annuaire");
        assertThat(company.name.getValue()).isEmpty();
    }

    @Test
    void in_my_space_a_new_siret_fills_in_my_business_and_saving_keeps_it() throws Exception {
        CompanyApiStub.answer("79345678100012", "head-office");
        String email = TestLearners.register(accounts, "siret");
        signInAs(email, AppRoles.LEARNER);
        navigate("mon-espace");
        ButtonKt._click(_get(Button.class, spec -> spec.withText("Modifier mon entreprise")));
        CompanyDialog dialog = _get(CompanyDialog.class);

        _setValue(dialog.company.siret, "79345678100012");
        dialog.company.pendingLookup().get(10, TimeUnit.SECONDS);
        MockVaadin.runUIQueue();
        ButtonKt._click(dialog.save);

        CompanyDetails saved = accounts.currentAccount().orElseThrow().company().orElseThrow();
        assertThat(saved.siret()).isEqualTo("79345678100012");
        assertThat(saved.name()).isEqualTo("LUCIE PAOLI (ATELIER LUCIE)");
        assertThat(saved.departement()).isEqualTo("2A");
    }

    @Test
    void when_the_directory_is_down_the_form_says_so_and_the_person_types() throws Exception {
        CompanyApiStub.down("88123456100010");

        CompanyFields company = typeSiret("88123456100010").company;

        assertThat(company.status.text())
                .isEqualTo("Le service de l’État qui retrouve les entreprises ne répond pas : "
                        + "saisissez les informations vous-même.");
        assertThat(company.name.getValue()).isEmpty();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }
}
