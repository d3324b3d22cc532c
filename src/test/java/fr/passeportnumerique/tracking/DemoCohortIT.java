package fr.passeportnumerique.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeportnumerique.IntegrationTest;
import fr.passeportnumerique.SignedIn;
import fr.passeportnumerique.account.AppRoles;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demonstration's welcome point shows, with its cohort's quizzes, the questions its learners miss most. */
@IntegrationTest
class DemoCohortIT {

    private static final String STAFF = "accueil@example.org";

    @Autowired
    PointDashboard dashboard;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_demo_points_dashboard_names_the_questions_its_cohort_missed_most() {
        long point =
                jdbc.queryForObject("select welcome_point_id from user_account where email = ?", Long.class, STAFF);
        long cohortAttempts = jdbc.queryForObject(
                "select count(*) from quiz_attempt q join user_account a on a.id = q.account_id"
                        + " where a.email like ? and a.welcome_point_id = ?",
                Long.class,
                DemoCohort.PREFIX + "%",
                point);
        long answersCounted = jdbc.queryForObject(
                "select coalesce(sum(answers), 0) from question_stat where welcome_point_id = ?", Long.class, point);

        List<MissedQuestion> missed = SignedIn.as(STAFF, AppRoles.WELCOME_STAFF, () -> dashboard.mostMissed(point, 8));

        assertThat(cohortAttempts).isGreaterThan(100);
        // Each attempt answers the questions its quiz draws (ten in every module today), and each answer counts.
        assertThat(answersCounted).isGreaterThanOrEqualTo(cohortAttempts * 5);
        assertThat(missed).hasSize(8).allSatisfy(question -> {
            assertThat(question.prompt()).isNotBlank();
            assertThat(question.answers()).isGreaterThanOrEqualTo(3);
            assertThat(question.misses()).isPositive().isLessThanOrEqualTo(question.answers());
        });
        assertThat(missed.getFirst().missPercent())
                .isGreaterThanOrEqualTo(missed.getLast().missPercent());
        assertThat(missed.getFirst().missPercent()).isGreaterThanOrEqualTo(30);
    }
}
