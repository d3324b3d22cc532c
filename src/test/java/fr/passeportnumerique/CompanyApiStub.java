package fr.passeportnumerique;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The state's company directory ("API Recherche d'entreprises") as WireMock plays it, with answers of the API's real
 * shape from {@code src/test/resources/company-api}. One server per test JVM, started before the application so that
 * {@code passeport.company-lookup.base-url} points at it: a SIRET nobody stubbed is one the directory does not know.
 */
public final class CompanyApiStub implements BeforeAllCallback {

    private static final WireMockServer SERVER = start();

    private static WireMockServer start() {
        WireMockServer server =
                new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        server.stubFor(get(urlPathEqualTo("/search"))
                .atPriority(10)
                .willReturn(CompanyApiFixtures.json(CompanyApiFixtures.fixture("no-result"))));
        System.setProperty("passeport.company-lookup.base-url", server.baseUrl());
        return server;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        // The server started with this class, before any application context.
    }

    /** The directory answers this SIRET with a fixture ("active-establishment", "closed-establishment"...). */
    public static void answer(String siret, String fixture) {
        answer(siret, CompanyApiFixtures.json(CompanyApiFixtures.fixture(fixture)));
    }

    public static void answer(String siret, ResponseDefinitionBuilder response) {
        SERVER.stubFor(get(urlPathEqualTo("/search"))
                .withQueryParam("q", equalTo(siret))
                .atPriority(1)
                .willReturn(response));
    }

    /** The directory is down for this SIRET: the connection is cut without an answer. */
    public static void down(String siret) {
        answer(siret, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
    }
}
