package fr.passeportnumerique.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.CannotCreateTransactionException;

class FriendlyErrorHandlerTest {

    @Test
    void a_database_out_of_reach_is_told_as_a_brief_unavailability() {
        Exception outage = new CannotCreateTransactionException(
                "Could not open JPA EntityManager for transaction",
                new SQLTransientConnectionException("Connection is not available, request timed out after 5000ms"));

        assertThat(FriendlyErrorHandler.messageKey(outage)).isEqualTo("error.unavailable");
        assertThat(FriendlyErrorHandler.messageKey(new RuntimeException("wrapped", outage)))
                .isEqualTo("error.unavailable");
    }

    @Test
    void any_other_error_is_told_as_a_failed_action() {
        assertThat(FriendlyErrorHandler.messageKey(new IllegalStateException("bug")))
                .isEqualTo("error.action");
    }
}
