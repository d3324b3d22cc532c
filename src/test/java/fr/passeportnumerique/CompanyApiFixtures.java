package fr.passeportnumerique;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Answers of "API Recherche d'entreprises" in its real shape ({@code src/test/resources/company-api}, written from the
 * API's response models): a company with its {@code siege} and {@code matching_etablissements}.
 */
public final class CompanyApiFixtures {

    private CompanyApiFixtures() {}

    public static ResponseDefinitionBuilder json(String body) {
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(body);
    }

    /** "active-establishment", "closed-establishment", "head-office" or "no-result". */
    public static String fixture(String name) {
        try (InputStream in = CompanyApiFixtures.class.getResourceAsStream("/company-api/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture company-api/" + name + ".json");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
