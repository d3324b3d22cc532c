package fr.passeportnumerique.base.mail;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeportnumerique.AtOnce;
import fr.passeportnumerique.FakeSmtp;
import fr.passeportnumerique.IntegrationTest;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.transaction.support.TransactionTemplate;

/** Every mail reaches the SMTP server once, whichever node or job delivers it, and a refused one is tried again. */
@IntegrationTest
class OutboxDeliveryIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    MailOutbox outbox;

    @Autowired
    MailDelivery delivery;

    @Autowired
    OutboxRetry retry;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    private final String recipient = "outbox-" + UUID.randomUUID() + "@plomberie-exemple.fr";

    /** Writes mails while the SMTP server is down: they stay in the outbox, tried once. */
    private List<Long> writtenWhileTheServerIsDown(int count) {
        try (FakeSmtp down = FakeSmtp.refusing(context)) {
            for (int i = 0; i < count; i++) {
                int number = i;
                transaction.executeWithoutResult(
                        status -> outbox.send(new Mail(recipient, "Message " + number, "Bonjour")));
            }
        }
        return jdbc.queryForList("select id from mail_outbox where recipient = ? order by id", Long.class, recipient);
    }

    /** As if the first try's claim had run out and the mails were old enough for the retry job. */
    private void timePassed() {
        jdbc.update(
                "update mail_outbox set created_at = created_at - interval 2 minute,"
                        + " delivery_claimed_until = created_at where recipient = ?",
                recipient);
    }

    private List<SimpleMailMessage> deliveredTo(FakeSmtp smtp) {
        return smtp.delivered().stream()
                .filter(mail -> List.of(mail.getTo()).contains(recipient))
                .toList();
    }

    private long unsent() {
        return jdbc.queryForObject(
                "select count(*) from mail_outbox where recipient = ? and sent_at is null", Long.class, recipient);
    }

    @Test
    void a_mail_the_server_refused_is_delivered_by_the_retry_once_the_server_is_back() {
        writtenWhileTheServerIsDown(1);
        assertThat(unsent()).isOne();
        timePassed();

        try (FakeSmtp up = FakeSmtp.accepting(context)) {
            retry.deliverLeftBehind();
            retry.deliverLeftBehind();

            assertThat(deliveredTo(up)).hasSize(1);
        }
        assertThat(unsent()).isZero();
    }

    @Test
    void the_retry_runs_on_one_node_at_a_time() {
        writtenWhileTheServerIsDown(1);
        timePassed();
        jdbc.update("delete from shedlock where name = 'outbox-retry'");
        jdbc.update("insert into shedlock (name, lock_until, locked_at, locked_by)"
                + " values ('outbox-retry', utc_timestamp(3) + interval 1 minute, utc_timestamp(3), 'another node')");

        try (FakeSmtp up = FakeSmtp.accepting(context)) {
            retry.deliverLeftBehind();
            assertThat(deliveredTo(up)).as("the other node holds the job").isEmpty();

            jdbc.update("update shedlock set lock_until = utc_timestamp(3) where name = 'outbox-retry'");
            retry.deliverLeftBehind();
            assertThat(deliveredTo(up)).hasSize(1);
        }
    }

    @Test
    void two_nodes_delivering_the_same_mails_at_once_send_each_of_them_once() {
        List<Long> ids = writtenWhileTheServerIsDown(30);
        timePassed();

        try (FakeSmtp up = FakeSmtp.accepting(context)) {
            Supplier<Long> node = () -> ids.stream().filter(delivery::deliver).count();
            AtOnce.run(List.of(node, node));

            assertThat(deliveredTo(up))
                    .extracting(SimpleMailMessage::getSubject)
                    .hasSize(30)
                    .doesNotHaveDuplicates();
        }
        assertThat(unsent()).isZero();
    }
}
