package fr.passeportnumerique.tracking;

import static fr.passeportnumerique.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passeportnumerique.IntegrationTest;
import fr.passeportnumerique.TestLearners;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.account.InvitationService;
import fr.passeportnumerique.account.PersonalDataService;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** RGPD access and erasure for the welcome point's follow-up: staff's notes and reminders about a learner. */
@IntegrationTest
class TrackingPersonalDataIT {

    private static final String STAFF = "accueil@example.org";

    @Autowired
    InvitationService invitations;

    @Autowired
    Reminders reminders;

    @Autowired
    PersonalDataService personalData;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void staff_notes_and_reminders_are_in_the_learners_export_and_go_with_their_account() {
        String email = "suivi-" + UUID.randomUUID() + "@entreprise-exemple.fr";
        as(STAFF, AppRoles.WELCOME_STAFF, () -> invitations.invite("Suivi Exemple", email, Locale.FRENCH));
        long id = TestLearners.accountId(jdbc, email);
        as(STAFF, AppRoles.WELCOME_STAFF, () -> reminders.remind(id));
        as(STAFF, AppRoles.WELCOME_STAFF, () -> reminders.note(id, "Appelé : rappellera lundi."));

        String export =
                new String(as(email, AppRoles.LEARNER, () -> personalData.exportMyData()), StandardCharsets.UTF_8);

        assertThat(export)
                .contains("\"welcomePointContacts\"")
                .contains("Appelé : rappellera lundi.")
                .contains("REMINDER");

        as(email, AppRoles.LEARNER, () -> personalData.deleteMyAccount());

        for (String sql : new String[] {
            "select count(*) from learner_contact where learner_id = ?",
            "select count(*) from learner_standing where account_id = ?",
            "select count(*) from mail_outbox where recipient_account_id = ? or subject_account_id = ?"
        }) {
            Object[] ids = sql.contains(" or ") ? new Object[] {id, id} : new Object[] {id};
            assertThat(jdbc.queryForObject(sql, Long.class, ids)).as(sql).isZero();
        }
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where recipient = ?", Long.class, email))
                .isZero();
    }
}
