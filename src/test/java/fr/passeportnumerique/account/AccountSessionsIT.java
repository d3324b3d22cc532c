package fr.passeportnumerique.account;

import static fr.passeportnumerique.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passeportnumerique.IntegrationTest;
import fr.passeportnumerique.SiteClient;
import fr.passeportnumerique.TestLearners;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Two browsers signed in to one account: what one does, or what happens to the account, reaches the other. */
@IntegrationTest
class AccountSessionsIT {

    private static final Pattern LINK = Pattern.compile("nouveau-mot-de-passe\\?jeton=([A-Za-z0-9_-]+)");
    private static final String MY_SPACE = "/mon-espace";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    PasswordResetService resets;

    @Autowired
    PersonalDataService personalData;

    @Autowired
    MyAccountSecurity security;

    @Autowired
    JdbcTemplate jdbc;

    private SiteClient signedIn(String email, String password) {
        SiteClient client = new SiteClient(port);
        client.status("/");
        client.signIn(email, password);
        assertThat(client.status(MY_SPACE)).as("signed in").isEqualTo(200);
        return client;
    }

    @Test
    void a_password_reset_signs_out_every_session_of_the_account() {
        String email = TestLearners.register(accounts, "reset-sessions");
        SiteClient laptop = signedIn(email, TestLearners.PASSWORD);
        SiteClient phone = signedIn(email, TestLearners.PASSWORD);
        resets.requestReset(email, Locale.FRENCH);

        resets.setPassword(secretMailedTo(email), "Nouveau-Pain-Levain-2027");

        assertThat(laptop.status(MY_SPACE)).isEqualTo(302);
        assertThat(phone.status(MY_SPACE)).isEqualTo(302);
    }

    @Test
    void deleting_the_account_signs_out_its_other_sessions() {
        String email = TestLearners.register(accounts, "delete-sessions");
        SiteClient phone = signedIn(email, TestLearners.PASSWORD);

        as(email, AppRoles.LEARNER, () -> personalData.deleteMyAccount());

        assertThat(phone.status(MY_SPACE)).isEqualTo(302);
        assertThat(phone.status("/")).isEqualTo(200);
    }

    @Test
    void a_session_whose_account_vanished_is_treated_as_signed_out_not_as_an_error() {
        String email = TestLearners.register(accounts, "vanished");
        SiteClient phone = signedIn(email, TestLearners.PASSWORD);

        // As if deleted on another node, whose sessions this one does not know.
        jdbc.update("delete from user_account where email = ?", email);

        assertThat(phone.status(MY_SPACE)).isEqualTo(302);
        assertThat(phone.status(MY_SPACE)).isEqualTo(302);
        assertThat(phone.status("/")).isEqualTo(200);
    }

    @Test
    void changing_my_password_keeps_this_session_and_ends_the_others() {
        String email = TestLearners.register(accounts, "change-password");
        SiteClient laptop = signedIn(email, TestLearners.PASSWORD);
        SiteClient phone = signedIn(email, TestLearners.PASSWORD);

        as(
                email,
                AppRoles.LEARNER,
                () -> security.changeMyPassword(
                        TestLearners.PASSWORD,
                        "Nouveau-Pain-Levain-2027",
                        laptop.sessionId().orElseThrow()));

        assertThat(laptop.status(MY_SPACE)).isEqualTo(200);
        assertThat(phone.status(MY_SPACE)).isEqualTo(302);
        assertThat(signedIn(email, "Nouveau-Pain-Levain-2027").status(MY_SPACE)).isEqualTo(200);
    }

    @Test
    void a_wrong_current_password_changes_nothing_and_ends_no_session() {
        String email = TestLearners.register(accounts, "wrong-current");
        SiteClient phone = signedIn(email, TestLearners.PASSWORD);

        assertThatThrownBy(() -> as(
                        email,
                        AppRoles.LEARNER,
                        () -> security.changeMyPassword("Pas-Le-Bon-Mot-De-Passe", "Nouveau-Pain-Levain-2027", null)))
                .isInstanceOfSatisfying(
                        PasswordChangeException.class,
                        refused -> assertThat(refused.problemKey()).isEqualTo("my-security.error.current-password"));
        assertThat(phone.status(MY_SPACE)).isEqualTo(200);
    }

    @Test
    void signing_out_everywhere_ends_every_other_session() {
        String email = TestLearners.register(accounts, "everywhere");
        SiteClient laptop = signedIn(email, TestLearners.PASSWORD);
        SiteClient phone = signedIn(email, TestLearners.PASSWORD);

        as(
                email,
                AppRoles.LEARNER,
                () -> security.endMyOtherSessions(laptop.sessionId().orElseThrow()));

        assertThat(phone.status(MY_SPACE)).isEqualTo(302);
        assertThat(laptop.status(MY_SPACE)).isEqualTo(200);
    }

    private String secretMailedTo(String email) {
        String body = jdbc.queryForObject(
                "select body from mail_outbox where recipient = ? order by id desc limit 1", String.class, email);
        Matcher link = LINK.matcher(body);
        assertThat(link.find()).isTrue();
        return link.group(1);
    }
}
