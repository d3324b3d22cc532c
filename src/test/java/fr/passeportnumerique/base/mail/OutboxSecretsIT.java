package fr.passeportnumerique.base.mail;

import static fr.passeportnumerique.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passeportnumerique.FakeSmtp;
import fr.passeportnumerique.IntegrationTest;
import fr.passeportnumerique.TestLearners;
import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.account.InvitationService;
import fr.passeportnumerique.account.PasswordResetService;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class OutboxSecretsIT {

    private static final String LINK = "nouveau-mot-de-passe?jeton=";

    @Autowired
    ApplicationContext context;

    @Autowired
    AccountService accounts;

    @Autowired
    PasswordResetService resets;

    @Autowired
    InvitationService invitations;

    @Autowired
    MailOutbox outbox;

    @Autowired
    OutboxPurge purge;

    @Autowired
    JdbcTemplate jdbc;

    private List<String> storedBodiesTo(String email) {
        return jdbc.queryForList("select body from mail_outbox where recipient = ?", String.class, email);
    }

    @Test
    void a_reset_link_delivered_by_smtp_stays_in_the_mailbox_only() {
        String email = TestLearners.register(accounts, "reset");
        try (FakeSmtp smtp = FakeSmtp.accepting(context)) {
            resets.requestReset(email, Locale.FRENCH);

            assertThat(smtp.delivered())
                    .singleElement()
                    .satisfies(mail -> assertThat(mail.getText()).contains(LINK));
        }
        assertThat(storedBodiesTo(email))
                .singleElement()
                .satisfies(body -> assertThat(body).doesNotContain("jeton"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from mail_outbox where recipient = ? and sent_at is not null",
                        Long.class,
                        email))
                .isEqualTo(1);
    }

    @Test
    void an_invitation_link_delivered_by_smtp_stays_in_the_mailbox_only() {
        String email = "invite-" + UUID.randomUUID() + "@plomberie-exemple.fr";
        try (FakeSmtp smtp = FakeSmtp.accepting(context)) {
            as(
                    "accueil@example.org",
                    AppRoles.WELCOME_STAFF,
                    () -> invitations.invite("Marc Exemple", email, Locale.FRENCH));

            assertThat(smtp.delivered())
                    .singleElement()
                    .satisfies(mail -> assertThat(mail.getText()).contains(LINK));
        }
        assertThat(storedBodiesTo(email))
                .singleElement()
                .satisfies(body -> assertThat(body).doesNotContain("jeton"));
    }

    @Test
    void with_smtp_administrators_never_see_a_one_time_link_even_when_delivery_failed() {
        String email = TestLearners.register(accounts, "undelivered");
        try (FakeSmtp smtp = FakeSmtp.refusing(context)) {
            resets.requestReset(email, Locale.FRENCH);

            List<OutboxEntry> latest = as("admin@example.org", AppRoles.ADMIN, () -> outbox.latest(20));

            assertThat(latest)
                    .filteredOn(mail -> mail.recipient().equals(email))
                    .singleElement()
                    .satisfies(mail -> assertThat(mail.body()).isNull());
            assertThat(latest).noneSatisfy(mail -> assertThat(mail.body()).contains(LINK));
        }
    }

    @Test
    void without_smtp_the_outbox_keeps_showing_the_link_for_demonstrations() {
        String email = TestLearners.register(accounts, "demo");
        resets.requestReset(email, Locale.FRENCH);

        List<OutboxEntry> latest = as("admin@example.org", AppRoles.ADMIN, () -> outbox.latest(20));

        assertThat(latest)
                .filteredOn(mail -> mail.recipient().equals(email))
                .singleElement()
                .satisfies(mail -> assertThat(mail.body()).contains(LINK));
    }

    @Test
    void the_purge_deletes_delivered_mails_older_than_the_retention_and_keeps_the_others() {
        String old = "old-" + UUID.randomUUID() + "@example.org";
        String recent = "recent-" + UUID.randomUUID() + "@example.org";
        String undelivered = "undelivered-" + UUID.randomUUID() + "@example.org";
        Instant longAgo = Instant.now().minus(40, ChronoUnit.DAYS);
        insert(old, longAgo, longAgo);
        insert(recent, Instant.now(), Instant.now());
        insert(undelivered, longAgo, null);

        purge.purgeDelivered();

        assertThat(storedBodiesTo(old)).isEmpty();
        assertThat(storedBodiesTo(recent)).hasSize(1);
        assertThat(storedBodiesTo(undelivered)).hasSize(1);
    }

    private void insert(String recipient, Instant createdAt, Instant sentAt) {
        jdbc.update(
                "insert into mail_outbox (created_at, recipient, subject, body, sent_at) values (?, ?, 'Sujet', 'Texte', ?)",
                Timestamp.from(createdAt),
                recipient,
                sentAt == null ? null : Timestamp.from(sentAt));
    }
}
