package fr.passeportnumerique.records;

import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * POSTs one statement to the LRS, as the mail outbox does for a mail: a node claims it in the database, sends it, then
 * records the outcome. A refusal for a while (5xx, 429) or no answer in time is tried again later, each wait twice the
 * one before, until {@code maxAttempts}; a refusal of the statement itself (another 4xx) is given up at once. Either
 * way the failure is kept on the row. A node stopping between sending and recording leaves a claim that runs out: the
 * statement is then sent again with the same id, which the LRS recognises (xAPI requires it not to store it twice).
 */
@Component
class StatementDelivery {

    static final Duration CLAIM = Duration.ofMinutes(2);
    private static final Duration LONGEST_WAIT = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(StatementDelivery.class);

    private final QueuedStatementRepository statements;
    private final XapiProperties settings;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    private final RestClient http;

    StatementDelivery(
            QueuedStatementRepository statements,
            XapiProperties settings,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.statements = statements;
        this.settings = settings;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        // Called after the learner's commit, where that transaction's resources are still bound (see MailDelivery).
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.http = client(settings);
    }

    private static RestClient client(XapiProperties settings) {
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .proxy(ProxySelector.getDefault())
                .build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client);
        requests.setReadTimeout(settings.readTimeout());
        RestClient.Builder builder = RestClient.builder()
                .requestFactory(requests)
                .defaultHeader("X-Experience-API-Version", StatementBuilder.VERSION);
        if (settings.enabled()) {
            builder.baseUrl(settings.endpoint().toString().replaceAll("/+$", ""))
                    .defaultHeaders(headers -> headers.setBasicAuth(settings.key(), settings.secret()));
        }
        return builder.build();
    }

    /** Tries the statement now if it is due and no node has it; returns whether the LRS took it. */
    boolean deliver(long id) {
        return deliver(id, clock.instant());
    }

    boolean deliver(long id, Instant now) {
        Optional<QueuedStatement> claimed = claim(id, now);
        if (claimed.isEmpty()) {
            return false;
        }
        String error;
        boolean retryable;
        try {
            HttpStatusCode status = http.post()
                    .uri("/statements")
                    .contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON)
                    .body(claimed.get().getBody())
                    .exchange((request, response) -> response.getStatusCode());
            if (status.is2xxSuccessful()) {
                record(id, statement -> statement.markSent(now));
                return true;
            }
            error = "HTTP " + status.value();
            retryable = status.is5xxServerError() || status.value() == 429;
        } catch (ResourceAccessException e) {
            // The JDK client reports its read timeout as a cancelled request: the cause says little more.
            error = "No answer: " + e.getMostSpecificCause().getMessage();
            retryable = true;
        } catch (RestClientException e) {
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
            retryable = true;
        }
        int attempts = claimed.get().getDeliveryAttempts();
        Instant next = retryable && attempts < settings.maxAttempts() ? now.plus(wait(attempts)) : null;
        if (next == null) {
            log.error("Statement {} given up after {} tries: {}", claimed.get().getStatementId(), attempts, error);
        } else {
            log.warn(
                    "Statement {} not taken by the LRS ({}); tried again at {}",
                    claimed.get().getStatementId(),
                    error,
                    next);
        }
        String failure = error;
        record(id, statement -> statement.markFailed(now, failure, next));
        return false;
    }

    /** After the n-th failed try: the first wait, doubled n - 1 times, at most an hour. */
    Duration wait(int attempts) {
        Duration wait = settings.firstRetryAfter().multipliedBy(1L << Math.min(attempts - 1, 20));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    private Optional<QueuedStatement> claim(long id, Instant now) {
        try {
            return ownTransaction.execute(status -> statements.claim(id, now, now.plus(CLAIM)) == 1
                    ? statements.findById(id)
                    : Optional.<QueuedStatement>empty());
        } catch (ConcurrencyFailureException e) {
            return Optional.empty();
        } catch (DataAccessException e) {
            // Runs after the learner's commit, which must not be reported as failed: the retry job takes it.
            log.warn("Statement row {} could not be claimed now; it will be tried again later", id, e);
            return Optional.empty();
        }
    }

    private void record(long id, java.util.function.Consumer<QueuedStatement> outcome) {
        try {
            ownTransaction.executeWithoutResult(
                    status -> statements.findById(id).ifPresent(outcome));
        } catch (DataAccessException e) {
            log.warn("The outcome of statement row {} could not be recorded; it may be sent once more", id, e);
        }
    }
}
