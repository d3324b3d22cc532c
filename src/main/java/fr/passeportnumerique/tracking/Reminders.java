package fr.passeportnumerique.tracking;

import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.base.PasseportProperties;
import fr.passeportnumerique.base.i18n.Translations;
import fr.passeportnumerique.base.mail.Mail;
import fr.passeportnumerique.base.mail.MailOutbox;
import fr.passeportnumerique.tracking.internal.TrackedTables;
import jakarta.annotation.security.RolesAllowed;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "À relancer": the learners of a point who have not been active for two weeks or who failed a quiz twice without
 * passing it since; a one-click reminder by e-mail (through the outbox) and notes of other contacts.
 */
@Service
@RolesAllowed({AppRoles.WELCOME_STAFF, AppRoles.REGIONAL_SUPERVISOR, AppRoles.ADMIN})
public class Reminders {

    static final int INACTIVE_DAYS = 14;
    public static final int NOTE_MAX_LENGTH = 500;

    private final NamedParameterJdbcTemplate jdbc;
    private final PointAccess access;
    private final AccountService accounts;
    private final MailOutbox outbox;
    private final PasseportProperties properties;
    private final Clock clock;

    Reminders(
            NamedParameterJdbcTemplate jdbc,
            PointAccess access,
            AccountService accounts,
            MailOutbox outbox,
            PasseportProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.accounts = accounts;
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ToRemind> toRemind(long point) {
        access.point(Optional.of(point));
        return jdbc.query(
                TrackedTables.sql("""
                SELECT a.id, a.full_name, c.name AS company, s.last_activity_at,
                       COALESCE(s.last_activity_at, a.created_at) < :since AS inactive,
                       (SELECT q.module_slug FROM {quiz_attempt} q
                        WHERE q.account_id = a.id AND q.passed = FALSE
                          AND NOT EXISTS (SELECT 1 FROM {module_progress} p WHERE p.account_id = a.id
                                          AND p.module_slug = q.module_slug AND p.quiz_passed_at IS NOT NULL)
                        GROUP BY q.module_slug HAVING COUNT(*) >= 2 LIMIT 1) AS failed_twice,
                       (SELECT MAX(k.contact_at) FROM learner_contact k
                        WHERE k.learner_id = a.id AND k.kind = 'REMINDER') AS last_reminder
                """) + PointLearners.LEARNERS_OF_POINT + """
                  AND s.graduated_at IS NULL
                HAVING inactive OR failed_twice IS NOT NULL
                ORDER BY COALESCE(s.last_activity_at, a.created_at), a.id
                LIMIT 200
                """,
                new MapSqlParameterSource("point", point)
                        .addValue("since", Timestamp.from(clock.instant().minus(Duration.ofDays(INACTIVE_DAYS)))),
                (row, n) -> new ToRemind(
                        row.getLong("id"),
                        row.getString("full_name"),
                        Optional.ofNullable(row.getString("company")).orElse(""),
                        Optional.ofNullable(row.getTimestamp("last_activity_at"))
                                .map(Timestamp::toInstant),
                        row.getBoolean("inactive"),
                        Optional.ofNullable(row.getString("failed_twice")),
                        Optional.ofNullable(row.getTimestamp("last_reminder")).map(Timestamp::toInstant)));
    }

    /** Sends the learner a reminder by e-mail and notes it as a contact. */
    @Transactional
    public void remind(long learnerId) {
        access.pointOfLearner(learnerId);
        String[] learner = jdbc.queryForObject(
                TrackedTables.sql("SELECT email, full_name FROM {user_account} WHERE id = :id"),
                new MapSqlParameterSource("id", learnerId),
                (row, n) -> new String[] {row.getString(1), row.getString(2)});
        outbox.send(new Mail(
                        learner[0],
                        Translations.translate("mail.reminder.subject", Translations.FRENCH),
                        Translations.translate(
                                "mail.reminder.body",
                                Translations.FRENCH,
                                learner[1],
                                properties.link("/mon-parcours")))
                .about(learnerId, learnerId));
        record(learnerId, ContactKind.REMINDER, "");
    }

    /** Notes a contact made otherwise (a call, a visit), in a few words. */
    @Transactional
    public void note(long learnerId, String text) {
        String note = text == null ? "" : text.strip();
        if (note.isEmpty() || note.length() > NOTE_MAX_LENGTH) {
            throw new IllegalArgumentException("A note has 1 to " + NOTE_MAX_LENGTH + " characters");
        }
        access.pointOfLearner(learnerId);
        record(learnerId, ContactKind.NOTE, note);
    }

    @Transactional(readOnly = true)
    public List<Contact> contacts(long learnerId) {
        access.pointOfLearner(learnerId);
        return jdbc.query(
                TrackedTables.sql("""
                SELECT k.kind, k.note, k.contact_at, u.full_name FROM learner_contact k
                LEFT JOIN {user_account} u ON u.id = k.staff_id
                WHERE k.learner_id = :id ORDER BY k.contact_at DESC, k.id DESC
                """),
                new MapSqlParameterSource("id", learnerId),
                (row, n) -> new Contact(
                        ContactKind.valueOf(row.getString(1)),
                        row.getString(2),
                        row.getTimestamp(3).toInstant(),
                        Optional.ofNullable(row.getString(4)).orElse("")));
    }

    private void record(long learnerId, ContactKind kind, String note) {
        jdbc.update(
                "INSERT INTO learner_contact (learner_id, staff_id, kind, note, contact_at)"
                        + " VALUES (:learner, :staff, :kind, :note, :at)",
                new MapSqlParameterSource("learner", learnerId)
                        .addValue("staff", accounts.currentAccountId())
                        .addValue("kind", kind.name())
                        .addValue("note", note)
                        .addValue("at", Timestamp.from(clock.instant())));
    }

    public enum ContactKind {
        REMINDER,
        NOTE
    }

    public record Contact(ContactKind kind, String note, Instant at, String staffName) {}
}
