package fr.passeportnumerique.tracking;

import fr.passeportnumerique.SignedIn;
import fr.passeportnumerique.SignedInLearner;
import fr.passeportnumerique.TestLearners;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.account.WelcomePointDetails;
import fr.passeportnumerique.account.WelcomePointService;
import fr.passeportnumerique.account.WelcomePointType;
import fr.passeportnumerique.quiz.Answer;
import fr.passeportnumerique.quiz.RightAnswers;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A new welcome point (in Limoges, outside the demo supervisor's region) whose learners took the placement test
 * through the services: one knows everything (after a first test where they answered nothing), one answers nothing,
 * one ends after three right answers, and one has started without finishing.
 */
public final class PlacementCohort {

    public static final String ADMIN = "admin@example.org";

    public final long point;
    public final String region;
    public final SignedInLearner knowsEverything;
    public final SignedInLearner knowsNothing;
    public final SignedInLearner inAHurry;
    public final SignedInLearner notFinished;
    private final JdbcTemplate jdbc;

    private PlacementCohort(ApplicationContext context) {
        jdbc = context.getBean(JdbcTemplate.class);
        point = newPoint(context);
        region = jdbc.queryForObject("select region from welcome_point where id = ?", String.class, point);
        knowsEverything = SignedInLearner.registerAt(context, "savant", point);
        knowsNothing = SignedInLearner.registerAt(context, "novice", point);
        inAHurry = SignedInLearner.registerAt(context, "presse", point);
        notFinished = SignedInLearner.registerAt(context, "distrait", point);
    }

    public static PlacementCohort tested(ApplicationContext context) {
        PlacementCohort cohort = new PlacementCohort(context);
        cohort.knowsEverything.takesPlacementTest(question -> blank());
        cohort.knowsEverything.takesPlacementTest(RightAnswers::of);
        cohort.knowsNothing.takesPlacementTest(question -> blank());
        cohort.inAHurry.endsPlacementTestAfter(3);
        cohort.notFinished.startsPlacementTest();
        return cohort;
    }

    /** A welcome point with no learner yet. */
    public static long newPoint(ApplicationContext context) {
        String unique = UUID.randomUUID().toString();
        return SignedIn.as(
                ADMIN,
                AppRoles.ADMIN,
                () -> context.getBean(WelcomePointService.class)
                        .save(new WelcomePointDetails(
                                null,
                                WelcomePointType.MANAGEMENT_CENTRE,
                                "Centre de gestion exemple " + unique,
                                "3 rue de l’Essai",
                                "87000",
                                "Limoges",
                                null,
                                null,
                                "Du lundi au vendredi, 9 h - 17 h",
                                "05 99 00 98 76",
                                "limoges-" + unique + "@example.org")));
    }

    public long idOf(SignedInLearner learner) {
        return TestLearners.accountId(jdbc, learner.email());
    }

    private static Answer blank() {
        return new Answer.Typed("");
    }
}
