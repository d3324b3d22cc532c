package fr.passeportnumerique.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passeportnumerique.IntegrationTest;
import fr.passeportnumerique.SignedIn;
import fr.passeportnumerique.TestLearners;
import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.account.CompanyDetails;
import fr.passeportnumerique.account.Registration;
import fr.passeportnumerique.account.Sector;
import fr.passeportnumerique.base.mail.MailOutbox;
import fr.passeportnumerique.base.mail.OutboxEntry;
import fr.passeportnumerique.learning.LearningService;
import fr.passeportnumerique.quiz.QuizService;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A welcome point's dashboard: who sees what, figures kept by events equal to a count, whom to remind. */
@IntegrationTest
class TrackingIT {

    static final String STAFF = "accueil@example.org";
    static final String SUPERVISOR = "superviseur@example.org";

    @Autowired
    PointDashboard dashboard;

    @Autowired
    Reminders reminders;

    @Autowired
    StandingRebuild rebuild;

    @Autowired
    AccountService accounts;

    @Autowired
    LearningService learning;

    @Autowired
    QuizService quizzes;

    @Autowired
    MailOutbox outbox;

    @Autowired
    JdbcTemplate jdbc;

    long lyon;

    @BeforeEach
    void findTheStaffsPoint() {
        lyon = jdbc.queryForObject("select welcome_point_id from user_account where email = ?", Long.class, STAFF);
    }

    private String registerAt(long point, String name) {
        String email = name + "-" + UUID.randomUUID() + "@entreprise-exemple.fr";
        accounts.register(new Registration(
                name + " Exemple",
                email,
                TestLearners.PASSWORD,
                new CompanyDetails(
                        "Atelier " + name, "12345678901237", Sector.F, 4, LocalDate.of(2021, 5, 1), "69003", "69"),
                point));
        return email;
    }

    private long idOf(String email) {
        return TestLearners.accountId(jdbc, email);
    }

    @Test
    void staff_see_their_point_supervisors_their_region_and_no_one_else() {
        long elsewhere = jdbc.queryForObject(
                "select id from welcome_point where region <> (select region from welcome_point where id = ?) limit 1",
                Long.class,
                lyon);

        assertThat(SignedIn.as(STAFF, AppRoles.WELCOME_STAFF, () -> dashboard.point(Optional.empty())))
                .isEqualTo(lyon);
        assertThat(SignedIn.as(SUPERVISOR, AppRoles.REGIONAL_SUPERVISOR, () -> dashboard.figures(lyon)))
                .isNotNull();
        assertThatThrownBy(() -> SignedIn.as(STAFF, AppRoles.WELCOME_STAFF, () -> dashboard.figures(elsewhere)))
                .isInstanceOf(TrackingException.class);
        assertThatThrownBy(
                        () -> SignedIn.as(SUPERVISOR, AppRoles.REGIONAL_SUPERVISOR, () -> dashboard.figures(elsewhere)))
                .isInstanceOf(TrackingException.class);
        assertThat(SignedIn.as("admin@example.org", AppRoles.ADMIN, () -> dashboard.figures(elsewhere)))
                .isNotNull();
        String stranger = registerAt(elsewhere, "ailleurs");
        assertThatThrownBy(() -> SignedIn.as(STAFF, AppRoles.WELCOME_STAFF, () -> reminders.remind(idOf(stranger))))
                .isInstanceOf(TrackingException.class);
    }

    @Test
    void figures_kept_by_events_equal_those_counted_from_progress() {
        String email = registerAt(lyon, "suivi");
        SignedIn.as(email, AppRoles.LEARNER, () -> {
            learning.completeLesson("premiers-pas", "choisir-ses-appareils");
            learning.completeLesson("premiers-pas", "ranger-ses-fichiers");
            long attempt = quizzes.start("premiers-pas").attemptId();
            quizzes.submit(attempt, Map.of());
        });
        Map<String, Object> byEvents = standing(idOf(email));
        PointFigures figures = SignedIn.as(STAFF, AppRoles.WELCOME_STAFF, () -> dashboard.figures(lyon));

        rebuild.rebuild();

        Map<String, Object> counted = standing(idOf(email));
        assertThat(byEvents.get("lessons_done")).isEqualTo(2).isEqualTo(counted.get("lessons_done"));
        assertThat(byEvents.get("quiz_failures")).isEqualTo(1).isEqualTo(counted.get("quiz_failures"));
        assertThat(byEvents.get("modules_done")).isEqualTo(counted.get("modules_done"));
        assertThat(byEvents.get("last_activity_at")).isNotNull();
        assertThat(SignedIn.as(STAFF, AppRoles.WELCOME_STAFF, () -> dashboard.figures(lyon)))
                .isEqualTo(figures);
        Long enrolled = jdbc.queryForObject(
                "select count(*) from user_account a join user_account_role r on r.account_id = a.id"
                        + " and r.role = 'LEARNER' where a.welcome_point_id = ?",
                Long.class,
                lyon);
        assertThat(figures.enrolled()).isEqualTo(enrolled);

        List<WeekFigures> weeks = SignedIn.as(STAFF, AppRoles.WELCOME_STAFF, () -> dashboard.weekly(lyon, 12));
        assertThat(weeks).hasSize(12);
        assertThat(weeks.getLast().monday().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(weeks.getLast().enrolled()).isPositive();
        assertThat(weeks.stream().mapToLong(WeekFigures::enrolled).sum()).isLessThanOrEqualTo(figures.enrolled());

        List<CellState> cells = SignedIn.as(
                        STAFF, AppRoles.WELCOME_STAFF, () -> dashboard.heatMap(lyon, List.of(idOf(email))))
                .get(idOf(email));
        assertThat(cells).hasSize(20);
        assertThat(cells.get(0)).isEqualTo(CellState.QUIZ_FAILED);
        assertThat(cells.subList(1, 20)).containsOnly(CellState.NOT_STARTED);
    }

    @Test
    void an_inactive_learner_and_one_who_failed_twice_are_to_remind_and_a_reminder_is_mailed_and_noted() {
        String asleep = registerAt(lyon, "endormi");
        jdbc.update(
                "update user_account set created_at = date_sub(now(6), interval 20 day) where id = ?", idOf(asleep));
        String stuck = registerAt(lyon, "bloque");
        SignedIn.as(stuck, AppRoles.LEARNER, () -> {
            for (int i = 0; i < 2; i++) {
                quizzes.submit(quizzes.start("premiers-pas").attemptId(), Map.of());
            }
        });

        List<ToRemind> list = SignedIn.as(STAFF, AppRoles.WELCOME_STAFF, () -> reminders.toRemind(lyon));

        assertThat(list).anySatisfy(one -> {
            assertThat(one.id()).isEqualTo(idOf(asleep));
            assertThat(one.inactive()).isTrue();
        });
        assertThat(list).anySatisfy(one -> {
            assertThat(one.id()).isEqualTo(idOf(stuck));
            assertThat(one.inactive()).isFalse();
            assertThat(one.failedTwice()).hasValue("premiers-pas");
        });

        SignedIn.as(STAFF, AppRoles.WELCOME_STAFF, () -> reminders.remind(idOf(asleep)));
        SignedIn.as(STAFF, AppRoles.WELCOME_STAFF, () -> reminders.note(idOf(asleep), "Appelé : rappellera lundi."));

        List<OutboxEntry> mails = SignedIn.as("admin@example.org", AppRoles.ADMIN, () -> outbox.latest(5));
        assertThat(mails).anySatisfy(mail -> {
            assertThat(mail.recipient()).isEqualTo(asleep);
            assertThat(mail.subject()).isEqualTo("Votre Passeport numérique vous attend");
            assertThat(mail.body()).contains("/mon-parcours");
        });
        assertThat(SignedIn.as(STAFF, AppRoles.WELCOME_STAFF, () -> reminders.contacts(idOf(asleep))))
                .extracting(Reminders.Contact::kind)
                .containsExactly(Reminders.ContactKind.NOTE, Reminders.ContactKind.REMINDER);
        assertThat(SignedIn.as(STAFF, AppRoles.WELCOME_STAFF, () -> reminders.toRemind(lyon)))
                .filteredOn(one -> one.id() == idOf(asleep))
                .singleElement()
                .satisfies(one -> assertThat(one.lastReminder()).isPresent());
    }

    private Map<String, Object> standing(long learner) {
        return jdbc.queryForMap("select * from learner_standing where account_id = ?", learner);
    }

    @Test
    void questions_missed_at_the_point_are_counted_as_attempts_are_graded() {
        String learner = registerAt(lyon, "questions");
        SignedIn.as(learner, AppRoles.LEARNER, () -> {
            for (int i = 0; i < 3; i++) {
                quizzes.submit(quizzes.start("premiers-pas").attemptId(), Map.of());
            }
        });

        List<MissedQuestion> missed = SignedIn.as(STAFF, AppRoles.WELCOME_STAFF, () -> dashboard.mostMissed(lyon, 50));

        assertThat(missed).isNotEmpty().allSatisfy(question -> {
            assertThat(question.moduleSlug()).isNotBlank();
            assertThat(question.prompt()).isNotBlank();
            assertThat(question.misses()).isPositive().isLessThanOrEqualTo(question.answers());
        });
        assertThat(missed).anySatisfy(question -> assertThat(question.misses()).isGreaterThanOrEqualTo(3));
    }

    @Test
    void the_learners_table_filters_by_sector_and_passport() {
        registerAt(lyon, "secteur");
        LearnerQuery builders =
                new LearnerQuery("", Optional.of("F"), Optional.of(false), LearnerQuery.Sort.NAME, false);

        long shown = SignedIn.as(STAFF, AppRoles.WELCOME_STAFF, () -> dashboard.countLearners(lyon, builders));
        List<LearnerRow> rows =
                SignedIn.as(STAFF, AppRoles.WELCOME_STAFF, () -> dashboard.learners(lyon, builders, 0, 500));

        Long counted = jdbc.queryForObject(
                "select count(*) from user_account a join user_account_role r on r.account_id = a.id"
                        + " and r.role = 'LEARNER' join company c on c.id = a.company_id"
                        + " left join learner_standing s on s.account_id = a.id"
                        + " where a.welcome_point_id = ? and c.sector = 'F' and s.graduated_at is null",
                Long.class,
                lyon);
        assertThat(shown).isEqualTo(counted).isPositive();
        assertThat(rows).hasSize((int) shown).allSatisfy(row -> {
            assertThat(row.sector()).isEqualTo("F");
            assertThat(row.graduated()).isFalse();
        });
    }
}
