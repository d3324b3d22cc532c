package fr.passeportnumerique.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.passeportnumerique.OidcProviderStub;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A business owner's first FranceConnect sign-in in Chromium, against a local OpenID provider that signs its ID
 * tokens: the provider's page, the registration form filled in with the identity, the account created and signed in,
 * signing out of the site and of the provider, then signing in again with FranceConnect alone.
 */
class FranceConnectJourneyE2E extends BrowserTest {

    private static final OidcProviderStub PROVIDER = new OidcProviderStub();
    private static final String CLIENT = "fc-browser-client";

    @DynamicPropertySource
    static void franceConnect(DynamicPropertyRegistry properties) {
        PROVIDER.register(properties, "franceconnect", CLIENT);
    }

    @Test
    void a_business_owner_registers_with_franceconnect_signs_out_of_both_then_in_with_it_alone() {
        String subject = "fc-" + UUID.randomUUID();
        String email = "camille-" + UUID.randomUUID().toString().substring(0, 8) + "@fleurs-exemple.fr";
        Page page = open(1366, 900);

        signInWithFranceConnect(page, subject, email);
        page.waitForURL(url -> url.endsWith("/inscription"));
        assertThat(page.getByLabel("Prénom et nom")).hasValue("Camille Durand");
        assertThat(page.getByLabel("Adresse e-mail")).hasValue(email);
        assertAccessible(page, "registration after FranceConnect");
        page.getByLabel("Mot de passe", new Page.GetByLabelOptions().setExact(true))
                .fill("Bouquet-Pivoine-Arrosoir-4");
        page.getByLabel("Nom de l’entreprise").fill("Fleurs Exemple");
        page.getByLabel("Numéro SIRET").fill("123 456 789 01237");
        choose(page, "Secteur d’activité", "Commerce");
        page.getByLabel("Nombre de salariés").fill("1");
        page.getByLabel("Date de création").fill("15/03/2025");
        page.getByLabel("Date de création").press("Enter");
        page.getByLabel("Code postal").fill("69003");
        page.getByLabel("Code postal").press("Tab");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer mon compte"))
                .click();
        // The new account is signed in through FranceConnect at once (the provider remembers the person).
        answerAtTheProvider(page, subject, email);
        page.waitForURL(url -> !url.contains("code=") && !url.contains("/inscription"));
        Locator signOut = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se déconnecter"));
        assertThat(signOut).isVisible();

        signOut.click();
        page.getByText("Vous êtes déconnecté du fournisseur d’identité").waitFor();
        assertThat(PROVIDER.signOutRequested()).isTrue();
        page.getByText("Revenir au site").click();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Se connecter")))
                .isVisible();

        signInWithFranceConnect(page, subject, email);
        assertThat(signOut).isVisible();
    }

    /** From the sign-in page to the provider's page and back with this identity. */
    private static void signInWithFranceConnect(Page page, String subject, String email) {
        page.navigate("/connexion");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("S’identifier avec FranceConnect"))
                .click();
        answerAtTheProvider(page, subject, email);
    }

    /** On the provider's page: it will answer the code with these claims and the request's nonce. */
    private static void answerAtTheProvider(Page page, String subject, String email) {
        page.getByText("Fournisseur d’identité de test").waitFor();
        PROVIDER.willIssue(
                CLIENT,
                Map.of(
                        "sub",
                        subject,
                        "email",
                        email,
                        "email_verified",
                        true,
                        "given_name",
                        "Camille",
                        "family_name",
                        "Durand",
                        "nonce",
                        PROVIDER.lastAuthorizationRequest().get("nonce")));
        page.getByText("Continuer vers le site").click();
    }
}
