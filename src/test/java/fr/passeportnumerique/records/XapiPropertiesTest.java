package fr.passeportnumerique.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

class XapiPropertiesTest {

    @Test
    void off_needs_nothing_and_takes_the_defaults() {
        XapiProperties off = new XapiProperties(false, null, null, null, null, null, null, null, null);

        assertThat(off.readTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(off.maxAttempts()).isEqualTo(12);
    }

    @Test
    void on_without_the_actor_secret_is_refused_at_startup() {
        assertThatThrownBy(() -> new XapiProperties(
                        true, URI.create("https://lrs.example/xapi"), "key", "secret", " ", null, null, null, null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("actor-secret");
    }

    @Test
    void waits_double_after_each_failure_up_to_an_hour() {
        XapiProperties settings = new XapiProperties(false, null, null, null, null, null, null, null, null);
        StatementDelivery delivery = new StatementDelivery(null, settings, null, new NoTransactions());

        assertThat(delivery.wait(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(delivery.wait(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(delivery.wait(12)).isEqualTo(Duration.ofHours(1));
    }

    /** The delivery opens transactions of its own; this test asks only for its waits. */
    private static final class NoTransactions extends AbstractPlatformTransactionManager {
        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {}

        @Override
        protected void doCommit(DefaultTransactionStatus status) {}

        @Override
        protected void doRollback(DefaultTransactionStatus status) {}
    }
}
