package fr.passeportnumerique.tracking;

import fr.passeportnumerique.account.PersonalDataProvider;
import fr.passeportnumerique.base.database.PlainRows;
import fr.passeportnumerique.tracking.internal.TrackedTables;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * "Mes données": the welcome point staff's contacts with the learner, reminders sent and notes of a call or a visit.
 * They go with the account ({@code ON DELETE CASCADE} on {@code learner_contact.learner_id}).
 */
@Component
class TrackingPersonalData implements PersonalDataProvider {

    private final JdbcTemplate jdbc;

    TrackingPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "welcomePointContacts";
    }

    @Override
    public Object dataOf(long accountId) {
        return PlainRows.of(
                jdbc,
                TrackedTables.sql("select c.contact_at, c.kind, c.note, staff.full_name as staff from learner_contact c"
                        + " left join {user_account} staff on staff.id = c.staff_id"
                        + " where c.learner_id = ? order by c.contact_at, c.id"),
                accountId);
    }
}
