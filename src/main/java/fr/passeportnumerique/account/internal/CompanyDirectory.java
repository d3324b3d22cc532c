package fr.passeportnumerique.account.internal;

import fr.passeportnumerique.account.SiretLookup;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The state's company directory, "API Recherche d'entreprises", asked for one SIRET at a time. It never throws: an
 * answer that does not come in time, a refusal (429, 5xx) or an unreadable one is {@link SiretLookup.Unavailable}.
 * Calls keep under the API's rate limit, and stop for a while after repeated failures (a circuit breaker), so that
 * people are told at once to type their details instead of waiting for a service that is down.
 */
public class CompanyDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(CompanyDirectory.class);
    /** Half of the last ten calls failed, once at least four were made: the breaker opens. */
    private static final int WINDOW = 10;

    private static final int ENOUGH_CALLS = 4;
    private static final float FAILURE_PERCENT = 50;

    private final RestClient http;
    private final JsonMapper json = JsonMapper.builder().build();
    private final RateLimiter rateLimiter;
    private final CircuitBreaker breaker;

    public CompanyDirectory(CompanyLookupProperties settings) {
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .proxy(ProxySelector.getDefault())
                .build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client);
        requests.setReadTimeout(settings.readTimeout());
        this.http = RestClient.builder()
                .baseUrl(settings.baseUrl().toString())
                .requestFactory(requests)
                .defaultHeader("Accept", MediaType.APPLICATION_JSON_VALUE)
                .build();
        this.rateLimiter = RateLimiter.of(
                "company-directory",
                RateLimiterConfig.custom()
                        .limitForPeriod(settings.callsPerSecond())
                        .limitRefreshPeriod(Duration.ofSeconds(1))
                        .timeoutDuration(settings.waitForTurn())
                        .build());
        this.breaker = CircuitBreaker.of(
                "company-directory",
                CircuitBreakerConfig.custom()
                        .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                        .slidingWindowSize(WINDOW)
                        .minimumNumberOfCalls(ENOUGH_CALLS)
                        .failureRateThreshold(FAILURE_PERCENT)
                        .waitDurationInOpenState(settings.openFor())
                        .permittedNumberOfCallsInHalfOpenState(1)
                        .ignoreExceptions(RequestNotPermitted.class)
                        .build());
    }

    /** What the directory says of a valid, normalised SIRET. */
    public SiretLookup find(String siret) {
        Supplier<SearchAnswer> call = CircuitBreaker.decorateSupplier(
                breaker, RateLimiter.decorateSupplier(rateLimiter, () -> search(siret)));
        try {
            return call.get().about(siret);
        } catch (CallNotPermittedException open) {
            LOG.debug("Company directory not asked about {}: it failed repeatedly, calls are paused", siret);
        } catch (RequestNotPermitted busy) {
            LOG.warn("Company directory not asked about {}: this node's calls a second are used up", siret);
        } catch (RestClientException | JacksonException | DirectoryRefused failure) {
            LOG.warn("Company directory did not answer about {}: {}", siret, failure.toString());
        }
        return new SiretLookup.Unavailable();
    }

    CircuitBreaker.State breakerState() {
        return breaker.getState();
    }

    private SearchAnswer search(String siret) {
        byte[] body = http.get()
                .uri(uri -> uri.path("/search")
                        .queryParam("q", siret)
                        .queryParam("page", 1)
                        .queryParam("per_page", 1)
                        .build())
                .retrieve()
                .onStatus(HttpStatusCode::isError, (request, response) -> {
                    throw new DirectoryRefused(response.getStatusCode());
                })
                .body(byte[].class);
        return body == null ? new SearchAnswer(null) : json.readValue(body, SearchAnswer.class);
    }

    /** An answer with an error status: too many calls (429), the service in trouble (5xx), or a request it refused. */
    static final class DirectoryRefused extends RuntimeException {
        DirectoryRefused(HttpStatusCode status) {
            super("HTTP " + status.value());
        }
    }
}
