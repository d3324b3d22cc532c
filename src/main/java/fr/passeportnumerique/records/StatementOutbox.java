package fr.passeportnumerique.records;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes statements in the caller's transaction, so that a rolled-back action sends nothing and a committed one
 * loses none; after the commit, each is sent at once ({@link StatementDelivery}), or later by {@link StatementRetry}.
 * Sending runs on a thread of its own: a slow LRS must not hold the learner's click (a quiz that stamps a module
 * makes three statements, each allowed seconds). A node stopping meanwhile leaves the rows to the retry job.
 */
@Component
@EnableConfigurationProperties(XapiProperties.class)
class StatementOutbox {

    private final QueuedStatementRepository statements;
    private final StatementDelivery delivery;
    private final Clock clock;
    private final Executor sending = Executors.newVirtualThreadPerTaskExecutor();

    StatementOutbox(QueuedStatementRepository statements, StatementDelivery delivery, Clock clock) {
        this.statements = statements;
        this.delivery = delivery;
        this.clock = clock;
    }

    @Transactional
    public void queue(long accountId, List<ObjectNode> statementsToSend) {
        List<Long> ids = statementsToSend.stream()
                .map(statement -> statements
                        .save(new QueuedStatement(
                                UUID.fromString(statement.get("id").asString()),
                                accountId,
                                statement.toString(),
                                clock.instant()))
                        .getId())
                .toList();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                sending.execute(() -> ids.forEach(delivery::deliver));
            }
        });
    }

    /** The account is deleted: its statements not yet sent are never sent, and the sent ones are forgotten here. */
    @Transactional
    public void forget(long accountId) {
        statements.deleteAllOf(accountId);
    }
}
