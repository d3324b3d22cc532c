package fr.passeportnumerique.account.internal;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the platform reaches the state's company directory ("API Recherche d'entreprises").
 *
 * @param enabled false to never call it: the forms then ask for everything, as before
 * @param baseUrl where the API answers ({@code /search} is appended)
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for an answer once connected
 * @param callsPerSecond the most calls a second this node makes (the API allows 7 per address)
 * @param waitForTurn how long a lookup waits for its turn under that limit before giving up
 * @param openFor how long the calls stop after repeated failures, before one is tried again
 * @param rememberFor how long an answer is kept and given again without asking
 */
@ConfigurationProperties("passeport.company-lookup")
public record CompanyLookupProperties(
        Boolean enabled,
        URI baseUrl,
        Duration connectTimeout,
        Duration readTimeout,
        Integer callsPerSecond,
        Duration waitForTurn,
        Duration openFor,
        Duration rememberFor) {

    public static final URI PUBLIC_API = URI.create("https://recherche-entreprises.api.gouv.fr");

    public CompanyLookupProperties {
        enabled = enabled == null || enabled;
        baseUrl = baseUrl == null ? PUBLIC_API : baseUrl;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(3) : readTimeout;
        callsPerSecond = callsPerSecond == null ? 7 : callsPerSecond;
        waitForTurn = waitForTurn == null ? Duration.ofSeconds(1) : waitForTurn;
        openFor = openFor == null ? Duration.ofSeconds(30) : openFor;
        rememberFor = rememberFor == null ? Duration.ofDays(1) : rememberFor;
    }
}
