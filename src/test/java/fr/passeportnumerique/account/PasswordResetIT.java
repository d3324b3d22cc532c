package fr.passeportnumerique.account;

import static fr.passeportnumerique.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passeportnumerique.IntegrationTest;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class PasswordResetIT {

    private static final Pattern LINK = Pattern.compile("nouveau-mot-de-passe\\?jeton=([A-Za-z0-9_-]+)");

    @Autowired
    AccountService accounts;

    @Autowired
    PasswordResetService resets;

    @Autowired
    InvitationService invitations;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcTemplate jdbc;

    private String registered() {
        String email = "julien-" + UUID.randomUUID() + "@boulangerie-exemple.fr";
        accounts.register(new Registration(
                "Julien Exemple", email, "Farine-Levain-Four-2026", RegistrationRulesTest.company(), null));
        return email;
    }

    private String secretMailedTo(String email) {
        String body = jdbc.queryForObject(
                "select body from mail_outbox where recipient = ? order by id desc limit 1", String.class, email);
        Matcher link = LINK.matcher(body);
        assertThat(link.find()).as("a one-time link in the mail").isTrue();
        return link.group(1);
    }

    private String passwordHash(String email) {
        return jdbc.queryForObject("select password_hash from user_account where email = ?", String.class, email);
    }

    @Test
    void a_reset_link_sets_a_new_password_once() {
        String email = registered();
        resets.requestReset(email, Locale.FRENCH);
        String secret = secretMailedTo(email);

        resets.setPassword(secret, "Croissant-Pain-Seigle-88");

        assertThat(encoder.matches("Croissant-Pain-Seigle-88", passwordHash(email)))
                .isTrue();
        assertThat(resets.isUsable(secret)).isFalse();
        assertThatThrownBy(() -> resets.setPassword(secret, "Autre-Mot-Tout-Neuf-77"))
                .isInstanceOfSatisfying(
                        PasswordChangeException.class,
                        refused -> assertThat(refused.problemKey()).isEqualTo("new-password.error.link"));
        assertThat(encoder.matches("Croissant-Pain-Seigle-88", passwordHash(email)))
                .isTrue();
    }

    @Test
    void an_expired_link_is_refused() {
        String email = registered();
        resets.requestReset(email, Locale.FRENCH);
        String secret = secretMailedTo(email);
        jdbc.update(
                "update account_token set expires_at = '2020-01-01 00:00:00' where token_hash = ?",
                TokenSecrets.hash(secret));

        assertThatThrownBy(() -> resets.setPassword(secret, "Croissant-Pain-Seigle-88"))
                .isInstanceOf(PasswordChangeException.class);
        assertThat(encoder.matches("Farine-Levain-Four-2026", passwordHash(email)))
                .isTrue();
    }

    @Test
    void a_weak_new_password_is_refused_and_the_link_still_works() {
        String email = registered();
        resets.requestReset(email, Locale.FRENCH);
        String secret = secretMailedTo(email);

        assertThatThrownBy(() -> resets.setPassword(secret, "court"))
                .isInstanceOfSatisfying(
                        PasswordChangeException.class,
                        refused -> assertThat(refused.problemKey()).isEqualTo("password.too-short"));
        assertThat(resets.isUsable(secret)).isTrue();
    }

    @Test
    void an_unknown_address_gets_no_mail_and_no_error() {
        String email = "personne-" + UUID.randomUUID() + "@example.org";

        resets.requestReset(email, Locale.FRENCH);

        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where recipient = ?", Long.class, email))
                .isZero();
    }

    @Test
    void welcome_point_staff_invite_a_learner_who_sets_a_password_from_the_link() {
        String email = "marc-" + UUID.randomUUID() + "@plomberie-exemple.fr";
        as(
                "accueil@example.org",
                AppRoles.WELCOME_STAFF,
                () -> invitations.invite("Marc Exemple", email, Locale.FRENCH));

        Long staffPoint = jdbc.queryForObject(
                "select welcome_point_id from user_account where email = 'accueil@example.org'", Long.class);
        assertThat(jdbc.queryForObject("select welcome_point_id from user_account where email = ?", Long.class, email))
                .isEqualTo(staffPoint);
        resets.setPassword(secretMailedTo(email), "Robinet-Joint-Siphon-31");
        assertThat(encoder.matches("Robinet-Joint-Siphon-31", passwordHash(email)))
                .isTrue();
    }
}
