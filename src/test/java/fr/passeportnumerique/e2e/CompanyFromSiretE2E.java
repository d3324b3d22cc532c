package fr.passeportnumerique.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import fr.passeportnumerique.CompanyApiFixtures;
import fr.passeportnumerique.CompanyApiStub;
import org.junit.jupiter.api.Test;

/**
 * In a real browser, without server push: the page shows that the directory is being asked, polls, and fills the
 * business in when the (slow) answer comes.
 */
class CompanyFromSiretE2E extends BrowserTest {

    private static final String SIRET = "88123456100028";
    /** The stub's delay, a few polls, and room for a loaded test machine. */
    private static final double ANSWER_WAIT_MILLIS = 20_000;

    @Test
    void typing_a_siret_shows_the_search_then_fills_in_the_business() {
        String body = CompanyApiFixtures.fixture("active-establishment").replace("91234567500025", SIRET);
        CompanyApiStub.answer(SIRET, CompanyApiFixtures.json(body).withFixedDelay(1_500));
        Page page = open(1366, 900);
        page.navigate("/inscription");

        page.getByLabel("Numéro SIRET").fill("881 234 561 00028");
        page.getByLabel("Numéro SIRET").press("Tab");

        assertThat(page.getByText("Recherche de l’entreprise dans l’annuaire")).isVisible();
        assertThat(page.getByLabel("Nom de l’entreprise"))
                .hasValue(
                        "ELECTRICITE MARTIN (EM)",
                        new LocatorAssertions.HasValueOptions().setTimeout(ANSWER_WAIT_MILLIS));
        assertThat(page.getByLabel("Code postal")).hasValue("31000");
        assertThat(page.getByText("Entreprise trouvée dans l’annuaire des entreprises de l’État"))
                .isVisible();
        assertAccessible(page, "registration form filled in from the SIRET");
    }
}
