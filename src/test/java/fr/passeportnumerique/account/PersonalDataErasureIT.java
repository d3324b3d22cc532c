package fr.passeportnumerique.account;

import static fr.passeportnumerique.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passeportnumerique.IntegrationTest;
import fr.passeportnumerique.TestLearners;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** RGPD access and erasure for what the account feature keeps: the account, its tokens, mails and audit log. */
@IntegrationTest
class PersonalDataErasureIT {

    private static final String STAFF = "accueil@example.org";

    @Autowired
    AccountService accounts;

    @Autowired
    PersonalDataService personalData;

    @Autowired
    PasswordResetService resets;

    @Autowired
    InvitationService invitations;

    @Autowired
    LearnerDirectory learners;

    @Autowired
    ExternalSignIn externalSignIn;

    @Autowired
    JdbcTemplate jdbc;

    private long idOf(String email) {
        return TestLearners.accountId(jdbc, email);
    }

    private String export(String email) {
        return new String(as(email, AppRoles.LEARNER, () -> personalData.exportMyData()), StandardCharsets.UTF_8);
    }

    private long count(String sql, Object... arguments) {
        return jdbc.queryForObject(sql, Long.class, arguments);
    }

    @Test
    void my_mails_are_in_my_export_without_their_one_time_links_and_go_with_my_account() {
        String email = TestLearners.register(accounts, "mails");
        long id = idOf(email);
        resets.requestReset(email, Locale.FRENCH);

        assertThat(export(email))
                .contains("\"mails\"")
                .contains("choisir un nouveau mot de passe")
                .doesNotContain("jeton=");
        assertThat(count("select count(*) from mail_outbox where recipient_account_id = ?", id))
                .isEqualTo(1);

        as(email, AppRoles.LEARNER, () -> personalData.deleteMyAccount());

        assertThat(count(
                        "select count(*) from mail_outbox where recipient = ? or recipient_account_id = ?"
                                + " or subject_account_id = ?",
                        email,
                        id,
                        id))
                .isZero();
        assertThat(count("select count(*) from account_token where account_id = ?", id))
                .isZero();
        assertThat(count("select count(*) from user_account_role where account_id = ?", id))
                .isZero();
    }

    @Test
    void who_opened_my_file_is_in_my_export_and_that_log_goes_with_my_account() {
        String email = invitedLearner("audit");
        long id = idOf(email);
        as(STAFF, AppRoles.WELCOME_STAFF, () -> learners.learner(id));

        assertThat(export(email)).contains("\"auditTrail\"").contains("LEARNER_VIEWED");

        as(email, AppRoles.LEARNER, () -> personalData.deleteMyAccount());

        assertThat(jdbc.queryForList("select action from audit_event where subject_account_id = ?", String.class, id))
                .containsExactly("ACCOUNT_DELETED");
        assertThat(jdbc.queryForList(
                        "select detail from audit_event where subject_account_id = ? or actor_account_id = ?",
                        String.class,
                        id,
                        id))
                .allSatisfy(detail -> assertThat(detail).doesNotContain(email));
    }

    @Test
    void an_invited_learner_who_leaves_leaves_no_invitation_mail_behind() {
        String email = invitedLearner("invited");
        long id = idOf(email);

        as(email, AppRoles.LEARNER, () -> personalData.deleteMyAccount());

        assertThat(count("select count(*) from mail_outbox where recipient = ?", email))
                .isZero();
        assertThat(count("select count(*) from user_account where id = ?", id)).isZero();
    }

    @Test
    void my_franceconnect_identity_is_in_my_export_and_goes_with_my_account() {
        String email = TestLearners.register(accounts, "linked");
        long id = idOf(email);
        String subject = "fc-" + UUID.randomUUID();
        externalSignIn.linkNewAccount(
                new ProviderIdentity("franceconnect", subject, email, true, "Linked Exemple"), id);

        assertThat(export(email))
                .contains("\"linkedIdentities\"")
                .contains("franceconnect")
                .contains(subject);

        as(email, AppRoles.LEARNER, () -> personalData.deleteMyAccount());

        assertThat(count("select count(*) from external_identity where subject = ?", subject))
                .isZero();
    }

    private String invitedLearner(String name) {
        String email = name + "-" + UUID.randomUUID() + "@entreprise-exemple.fr";
        as(STAFF, AppRoles.WELCOME_STAFF, () -> invitations.invite(name + " Exemple", email, Locale.FRENCH));
        return email;
    }
}
