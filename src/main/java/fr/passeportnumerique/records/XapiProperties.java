package fr.passeportnumerique.records;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Learning Record Store statements are sent to, if any.
 *
 * @param enabled false (the default) to queue and send nothing
 * @param endpoint the LRS's xAPI base address ({@code /statements} is appended)
 * @param key the LRS's key, the user name of HTTP Basic authentication
 * @param secret the LRS's secret, its password
 * @param actorSecret the key of the HMAC that turns an account id into the learner's opaque name in the statements;
 *     changing it makes every learner a new person for the LRS
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for the answer once connected
 * @param maxAttempts after this many failed tries a statement is given up and its failure recorded
 * @param firstRetryAfter the wait after the first failure, doubled after each one (at most an hour)
 */
@ConfigurationProperties("passeport.xapi")
record XapiProperties(
        boolean enabled,
        URI endpoint,
        String key,
        String secret,
        String actorSecret,
        Duration connectTimeout,
        Duration readTimeout,
        Integer maxAttempts,
        Duration firstRetryAfter) {

    XapiProperties {
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(5) : readTimeout;
        maxAttempts = maxAttempts == null ? 12 : maxAttempts;
        firstRetryAfter = firstRetryAfter == null ? Duration.ofSeconds(30) : firstRetryAfter;
        if (enabled && (endpoint == null || blank(key) || blank(secret) || blank(actorSecret))) {
            throw new IllegalStateException(
                    "passeport.xapi.enabled=true needs passeport.xapi.endpoint, key, secret" + " and actor-secret");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
