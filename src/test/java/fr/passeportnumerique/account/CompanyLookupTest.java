package fr.passeportnumerique.account;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import fr.passeportnumerique.CompanyApiFixtures;
import fr.passeportnumerique.account.internal.CompanyLookupProperties;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CompanyLookupTest {

    private static final String SIRET = "91234567500025";

    private WireMockServer api;

    @BeforeEach
    void startTheApi() {
        api = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        api.start();
    }

    @AfterEach
    void stopTheApi() {
        api.stop();
    }

    private CompanyLookup lookup(boolean enabled) {
        return new CompanyLookup(new CompanyLookupProperties(
                enabled, URI.create(api.baseUrl()), null, Duration.ofSeconds(15), null, null, null, null));
    }

    @Test
    void an_answer_is_remembered_and_not_asked_again() {
        api.stubFor(get(urlPathEqualTo("/search"))
                .willReturn(CompanyApiFixtures.json(CompanyApiFixtures.fixture("active-establishment"))));
        CompanyLookup lookup = lookup(true);

        SiretLookup first = lookup.lookUp("912 345 675 00025").join();
        SiretLookup second = lookup.lookUp(SIRET).join();

        assertThat(first).isInstanceOf(SiretLookup.Found.class).isEqualTo(second);
        api.verify(1, getRequestedFor(urlPathEqualTo("/search")));
    }

    @Test
    void a_failure_is_not_remembered_so_a_service_back_up_is_asked_again() {
        api.stubFor(get(urlPathEqualTo("/search")).willReturn(aResponse().withStatus(502)));
        CompanyLookup lookup = lookup(true);
        assertThat(lookup.lookUp(SIRET).join()).isEqualTo(new SiretLookup.Unavailable());

        api.stubFor(get(urlPathEqualTo("/search"))
                .willReturn(CompanyApiFixtures.json(CompanyApiFixtures.fixture("active-establishment"))));

        assertThat(lookup.lookUp(SIRET).join()).isInstanceOf(SiretLookup.Found.class);
    }

    @Test
    void a_closed_establishment_is_remembered_for_the_registration_to_refuse() {
        api.stubFor(get(urlPathEqualTo("/search"))
                .willReturn(CompanyApiFixtures.json(CompanyApiFixtures.fixture("closed-establishment"))));
        CompanyLookup lookup = lookup(true);

        lookup.lookUp("85012345600020").join();

        assertThat(lookup.saidClosed("850 123 456 00020")).isTrue();
        assertThat(lookup.saidClosed(SIRET)).isFalse();
    }

    @Test
    void switched_off_it_asks_nothing() {
        assertThat(lookup(false).lookUp(SIRET).join()).isEqualTo(new SiretLookup.Off());
        api.verify(0, getRequestedFor(urlPathEqualTo("/search")));
    }

    @Test
    void what_is_not_a_siret_is_not_asked_about() {
        assertThat(lookup(true).lookUp("12345678901238").join()).isEqualTo(new SiretLookup.Unknown());
        api.verify(0, getRequestedFor(urlPathEqualTo("/search")));
    }
}
