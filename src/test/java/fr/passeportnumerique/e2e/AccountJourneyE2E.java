package fr.passeportnumerique.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A business owner registers, signs out, signs in again and finds "Mes données", in a real browser. */
class AccountJourneyE2E extends BrowserTest {

    @Test
    void a_business_owner_registers_signs_out_signs_in_and_finds_their_data() {
        Page page = open(1366, 900);
        String email = "nadia-" + UUID.randomUUID() + "@coiffure-exemple.fr";
        String password = "Ciseaux-Miroir-Peigne-7";

        page.navigate("/inscription");
        assertThat(page.locator("h1")).hasText("Créer votre compte");
        assertAccessible(page, "registration");
        page.getByLabel("Prénom et nom").fill("Nadia Exemple");
        page.getByLabel("Adresse e-mail").fill(email);
        page.getByLabel("Mot de passe", new Page.GetByLabelOptions().setExact(true))
                .fill(password);
        page.getByLabel("Nom de l’entreprise").fill("Coiffure Exemple");
        page.getByLabel("Numéro SIRET").fill("123 456 789 01238");
        choose(page, "Secteur d’activité", "Autres activités de services");
        page.getByLabel("Nombre de salariés").fill("2");
        page.getByLabel("Date de création").fill("02/05/2024");
        page.getByLabel("Date de création").press("Enter");
        page.getByLabel("Code postal").fill("59000");
        page.getByLabel("Code postal").press("Tab");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer mon compte"))
                .click();

        assertThat(page.locator(
                        "[slot=error-message]",
                        new Page.LocatorOptions().setHasText("Ce numéro SIRET n’est pas valide")))
                .isVisible();
        page.getByLabel("Numéro SIRET").fill("123 456 789 01237");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer mon compte"))
                .click();

        assertThat(page.locator(".pn-success")).isVisible();
        signInThroughTheLink(page, email, password);
        assertThat(page.locator("h1")).hasText("Prenez en main le numérique de votre entreprise");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se déconnecter"))
                .click();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Se connecter")))
                .isVisible();

        page.navigate("/mon-espace");
        signInThroughTheLink(page, email, password);
        assertThat(page.locator("h1")).hasText("Bonjour Nadia Exemple");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Mes données")))
                .isVisible();
        assertThat(page.getByText("Coiffure Exemple")).isVisible();
        assertThat(page.getByText("59 · Nord")).isVisible();
        assertAccessible(page, "my space");
    }

    private static void signInThroughTheLink(Page page, String email, String password) {
        if (!page.url().contains("/connexion")) {
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Se connecter"))
                    .first()
                    .click();
        }
        assertThat(page.locator("h1")).hasText("Se connecter");
        fillSignInForm(page, email, password);
    }
}
