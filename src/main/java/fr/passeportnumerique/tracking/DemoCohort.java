package fr.passeportnumerique.tracking;

import fr.passeportnumerique.curriculum.CurriculumService;
import fr.passeportnumerique.tracking.internal.CohortGenerator;
import fr.passeportnumerique.tracking.internal.TrackedTables;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A demonstration cohort at the demo staff's welcome point (Lyon's CCI), so that its dashboard has learners at every
 * stage: some finished, some stuck on a quiz, some asleep. Fictional people; they sign in with the demo password.
 */
@Component
@ConditionalOnBooleanProperty(name = "passeport.demo-data", matchIfMissing = true)
class DemoCohort {

    static final String PREFIX = "cohorte-demo-";
    static final int SIZE = 36;

    private final JdbcTemplate jdbc;
    private final CurriculumService curriculum;
    private final PasswordEncoder passwords;
    private final Clock clock;

    DemoCohort(JdbcTemplate jdbc, CurriculumService curriculum, PasswordEncoder passwords, Clock clock) {
        this.jdbc = jdbc;
        this.curriculum = curriculum;
        this.passwords = passwords;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(30)
    @Transactional
    public void seedOnce() {
        Integer existing = jdbc.queryForObject(
                TrackedTables.sql("SELECT COUNT(*) FROM {user_account} WHERE email LIKE ?"),
                Integer.class,
                PREFIX + "%");
        List<CohortGenerator.Point> lyon = jdbc.query(
                TrackedTables.sql(
                        "SELECT w.id, w.departement FROM {welcome_point} w JOIN {user_account} a ON a.welcome_point_id = w.id"
                                + " WHERE a.email = 'accueil@example.org'"),
                (row, n) -> new CohortGenerator.Point(row.getLong(1), row.getString(2)));
        if (existing == null
                || existing > 0
                || lyon.isEmpty()
                || curriculum.modules().isEmpty()) {
            return;
        }
        new CohortGenerator(
                        jdbc,
                        CohortGenerator.modulesOf(curriculum),
                        passwords.encode(fr.passeportnumerique.account.DemoAccounts.PASSWORD),
                        clock.instant())
                .generate(lyon, SIZE, 2026, PREFIX);
    }
}
