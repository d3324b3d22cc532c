package fr.passeportnumerique.account.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import fr.passeportnumerique.CompanyApiFixtures;
import fr.passeportnumerique.account.FoundCompany;
import fr.passeportnumerique.account.HeadcountBand;
import fr.passeportnumerique.account.Sector;
import fr.passeportnumerique.account.SiretLookup;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The directory client against WireMock playing "API Recherche d'entreprises" with answers of its real shape. */
class CompanyDirectoryTest {

    private static final String ACTIVE = "91234567500025";
    private static final String CLOSED = "85012345600020";
    private static final String HEAD_OFFICE = "79345678100012";
    private static final String UNKNOWN = "90876543100014";
    private static final Duration OPEN_FOR = Duration.ofMillis(300);
    /** Enough for a first call on a cold, loaded test machine: only the timeout test counts on a short one. */
    private static final Duration ROOMY = Duration.ofSeconds(15);

    private WireMockServer api;
    private CompanyDirectory directory;

    @BeforeEach
    void startTheApi() {
        api = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        api.start();
        directory = directory(ROOMY);
    }

    private CompanyDirectory directory(Duration readTimeout) {
        return new CompanyDirectory(new CompanyLookupProperties(
                true,
                URI.create(api.baseUrl()),
                Duration.ofSeconds(5),
                readTimeout,
                7,
                Duration.ofSeconds(1),
                OPEN_FOR,
                Duration.ofDays(1)));
    }

    @AfterEach
    void stopTheApi() {
        api.stop();
    }

    private void answer(String siret, ResponseDefinitionBuilder response) {
        api.stubFor(get(urlPathEqualTo("/search"))
                .withQueryParam("q", equalTo(siret))
                .willReturn(response));
    }

    private void answer(String siret, String fixture) {
        answer(siret, CompanyApiFixtures.json(CompanyApiFixtures.fixture(fixture)));
    }

    @Test
    void an_active_establishment_gives_its_company_with_the_departement_of_its_postcode() {
        answer(ACTIVE, "active-establishment");

        SiretLookup answer = directory.find(ACTIVE);

        assertThat(answer)
                .isEqualTo(new SiretLookup.Found(new FoundCompany(
                        ACTIVE,
                        "ELECTRICITE MARTIN (EM)",
                        "43.21A",
                        Sector.F,
                        LocalDate.of(2024, 3, 15),
                        "12 ALLEE JEAN JAURES 31000 TOULOUSE",
                        "31000",
                        "TOULOUSE",
                        "31",
                        HeadcountBand.ofInseeCode("02").orElseThrow())));
        api.verify(getRequestedFor(urlPathEqualTo("/search")).withQueryParam("q", equalTo(ACTIVE)));
    }

    @Test
    void the_head_office_gives_its_own_departement() {
        answer(HEAD_OFFICE, "head-office");

        FoundCompany company = ((SiretLookup.Found) directory.find(HEAD_OFFICE)).company();

        assertThat(company.departement()).isEqualTo("2A");
        assertThat(company.sector()).isEqualTo(Sector.C);
        assertThat(company.createdOn()).isEqualTo(LocalDate.of(2013, 5, 2));
        assertThat(company.headcount().most()).isZero();
    }

    @Test
    void a_closed_establishment_is_said_closed() {
        answer(CLOSED, "closed-establishment");

        assertThat(directory.find(CLOSED)).isEqualTo(new SiretLookup.Closed("BOULANGERIE DU PORT"));
    }

    @Test
    void a_siret_without_results_is_unknown() {
        answer(UNKNOWN, "no-result");

        assertThat(directory.find(UNKNOWN)).isEqualTo(new SiretLookup.Unknown());
    }

    @Test
    void a_result_that_holds_another_establishment_is_not_taken_for_the_one_typed() {
        answer(UNKNOWN, "active-establishment");

        assertThat(directory.find(UNKNOWN)).isEqualTo(new SiretLookup.Unknown());
    }

    @Test
    void too_many_requests_means_unavailable() {
        answer(ACTIVE, aResponse().withStatus(429).withBody("{\"erreur\":\"Trop de requêtes\"}"));

        assertThat(directory.find(ACTIVE)).isEqualTo(new SiretLookup.Unavailable());
    }

    @Test
    void a_server_error_means_unavailable() {
        answer(ACTIVE, aResponse().withStatus(500));

        assertThat(directory.find(ACTIVE)).isEqualTo(new SiretLookup.Unavailable());
    }

    @Test
    void a_slow_answer_is_given_up_after_the_read_timeout() {
        answer(UNKNOWN, "no-result");
        directory.find(UNKNOWN);
        answer(
                ACTIVE,
                CompanyApiFixtures.json(CompanyApiFixtures.fixture("active-establishment"))
                        .withFixedDelay(5_000));
        CompanyDirectory impatient = directory(Duration.ofSeconds(1));
        long start = System.nanoTime();

        SiretLookup answer = impatient.find(ACTIVE);

        assertThat(answer).isEqualTo(new SiretLookup.Unavailable());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(4_000));
    }

    @Test
    void an_unreachable_service_means_unavailable() {
        api.stop();

        assertThat(directory.find(ACTIVE)).isEqualTo(new SiretLookup.Unavailable());
    }

    @Test
    void repeated_failures_open_the_breaker_and_a_later_call_goes_through_again() throws InterruptedException {
        answer(ACTIVE, aResponse().withStatus(503));
        for (int i = 0; i < 4; i++) {
            directory.find(ACTIVE);
        }
        assertThat(directory.breakerState()).isEqualTo(CircuitBreaker.State.OPEN);
        answer(ACTIVE, "active-establishment");

        assertThat(directory.find(ACTIVE)).isEqualTo(new SiretLookup.Unavailable());
        api.verify(4, getRequestedFor(urlPathEqualTo("/search")));

        Thread.sleep(OPEN_FOR.toMillis() + 100);
        assertThat(directory.find(ACTIVE)).isInstanceOf(SiretLookup.Found.class);
        assertThat(directory.breakerState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }
}
