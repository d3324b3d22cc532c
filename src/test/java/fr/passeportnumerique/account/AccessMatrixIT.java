package fr.passeportnumerique.account;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeportnumerique.IntegrationTest;
import fr.passeportnumerique.SiteClient;
import fr.passeportnumerique.authoring.CurriculumTransfer;
import fr.passeportnumerique.authoring.DraftService;
import fr.passeportnumerique.authoring.ItemStatus;
import fr.passeportnumerique.authoring.LessonDraft;
import fr.passeportnumerique.authoring.PublishingService;
import fr.passeportnumerique.base.activity.LearnerActivity;
import fr.passeportnumerique.base.activity.Place;
import fr.passeportnumerique.base.mail.MailOutbox;
import fr.passeportnumerique.certificate.CertificateDocuments;
import fr.passeportnumerique.certificate.CertificateService;
import fr.passeportnumerique.directory.ExpertAdministration;
import fr.passeportnumerique.directory.ExpertDirectory;
import fr.passeportnumerique.directory.ExpertFilter;
import fr.passeportnumerique.handoff.ActionPlanService;
import fr.passeportnumerique.handoff.ExpertSpaceService;
import fr.passeportnumerique.handoff.HandoffChoice;
import fr.passeportnumerique.handoff.HandoffService;
import fr.passeportnumerique.handoff.HandoffStatus;
import fr.passeportnumerique.learning.LearningService;
import fr.passeportnumerique.learning.ProgressService;
import fr.passeportnumerique.quiz.QuizService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** For every role (and anonymous visitors), every page and every guarded service: allowed or refused, as intended. */
@IntegrationTest
class AccessMatrixIT {

    private static final String ANONYMOUS = "anonymous";
    private static final Map<String, String> DEMO_ACCOUNTS = new LinkedHashMap<>();

    static {
        DEMO_ACCOUNTS.put(AppRoles.LEARNER, "apprenant@example.org");
        DEMO_ACCOUNTS.put(AppRoles.WELCOME_STAFF, "accueil@example.org");
        DEMO_ACCOUNTS.put(AppRoles.REGIONAL_SUPERVISOR, "superviseur@example.org");
        DEMO_ACCOUNTS.put(AppRoles.TRAINER, "formateur@example.org");
        DEMO_ACCOUNTS.put(AppRoles.EXPERT, "expert@example.org");
        DEMO_ACCOUNTS.put(AppRoles.ADMIN, "admin@example.org");
    }

    private static final Set<String> EVERYONE = Set.of(
            ANONYMOUS,
            AppRoles.LEARNER,
            AppRoles.WELCOME_STAFF,
            AppRoles.REGIONAL_SUPERVISOR,
            AppRoles.TRAINER,
            AppRoles.EXPERT,
            AppRoles.ADMIN);
    private static final Set<String> SIGNED_IN = Set.of(
            AppRoles.LEARNER,
            AppRoles.WELCOME_STAFF,
            AppRoles.REGIONAL_SUPERVISOR,
            AppRoles.TRAINER,
            AppRoles.EXPERT,
            AppRoles.ADMIN);
    private static final Set<String> FOLLOWERS =
            Set.of(AppRoles.WELCOME_STAFF, AppRoles.REGIONAL_SUPERVISOR, AppRoles.ADMIN);

    private static final Set<String> AUTHORS = Set.of(AppRoles.TRAINER, AppRoles.ADMIN);

    /** Each page and who may open it. */
    private static final Map<String, Set<String>> PAGES = Map.ofEntries(
            Map.entry("/", EVERYONE),
            Map.entry("/modules/premiers-pas", EVERYONE),
            Map.entry("/modules/premiers-pas/ranger-ses-fichiers", EVERYONE),
            Map.entry("/points-accueil", EVERYONE),
            Map.entry("/confidentialite", EVERYONE),
            Map.entry("/accessibilite", EVERYONE),
            Map.entry("/inscription", EVERYONE),
            Map.entry("/connexion", EVERYONE),
            Map.entry("/relier-compte", EVERYONE),
            Map.entry("/connexion-refusee", EVERYONE),
            Map.entry("/mot-de-passe-oublie", EVERYONE),
            Map.entry("/nouveau-mot-de-passe", EVERYONE),
            Map.entry("/mon-espace", SIGNED_IN),
            Map.entry("/mon-passeport", Set.of(AppRoles.LEARNER)),
            Map.entry("/modules/premiers-pas/quiz", Set.of(AppRoles.LEARNER)),
            Map.entry("/accueil/apprenants", FOLLOWERS),
            Map.entry("/accueil/inviter", Set.of(AppRoles.WELCOME_STAFF)),
            Map.entry("/admin/utilisateurs", Set.of(AppRoles.ADMIN)),
            Map.entry("/admin/courriels", Set.of(AppRoles.ADMIN)),
            Map.entry("/admin/points-accueil", Set.of(AppRoles.ADMIN)),
            Map.entry("/admin/contenu", Set.of(AppRoles.ADMIN)),
            Map.entry("/mon-parcours", Set.of(AppRoles.LEARNER)),
            Map.entry("/verifier", EVERYONE),
            Map.entry("/recherche?q=facture", EVERYONE),
            Map.entry("/verifier/AAAA-BBBB-CCCC-DDDD-EEEE-FFFF", EVERYONE),
            Map.entry("/admin/certificats", Set.of(AppRoles.ADMIN)),
            Map.entry("/experts", EVERYONE),
            Map.entry("/experts/1", EVERYONE),
            Map.entry("/offres", EVERYONE),
            Map.entry("/financement", EVERYONE),
            Map.entry("/mon-accompagnement", Set.of(AppRoles.LEARNER)),
            Map.entry("/espace-expert", Set.of(AppRoles.EXPERT)),
            Map.entry("/admin/experts", Set.of(AppRoles.ADMIN)),
            Map.entry("/accueil/tableau-de-bord", FOLLOWERS),
            Map.entry("/accueil/region", Set.of(AppRoles.REGIONAL_SUPERVISOR, AppRoles.ADMIN)),
            Map.entry("/atelier", AUTHORS),
            Map.entry("/atelier/premiers-pas", AUTHORS),
            Map.entry("/atelier/premiers-pas/lecon/01-choisir-ses-appareils.md", AUTHORS),
            Map.entry("/atelier/premiers-pas/quiz", AUTHORS),
            Map.entry("/atelier/premiers-pas/historique", AUTHORS));

    @LocalServerPort
    int port;

    @Autowired
    AccountAdministration administration;

    @Autowired
    LearnerDirectory learners;

    @Autowired
    InvitationService invitations;

    @Autowired
    WelcomePointService welcomePoints;

    @Autowired
    PersonalDataService personalData;

    @Autowired
    MailOutbox outbox;

    @Autowired
    QuizService quizzes;

    @Autowired
    LearningService learning;

    @Autowired
    ProgressService progress;

    @Autowired
    LearnerActivity activity;

    @Autowired
    CertificateService certificates;

    @Autowired
    CertificateDocuments certificateDocuments;

    @Autowired
    ExpertDirectory directory;

    @Autowired
    HandoffService handoff;

    @Autowired
    ActionPlanService plan;

    @Autowired
    ExpertSpaceService expertSpace;

    @Autowired
    ExpertAdministration expertAdministration;

    @Autowired
    DraftService drafts;

    @Autowired
    PublishingService publishing;

    @Autowired
    CurriculumTransfer transfer;

    @Test
    void every_page_opens_exactly_for_the_roles_it_is_meant_for() {
        for (String role : EVERYONE) {
            SiteClient site = signedIn(role);
            for (Map.Entry<String, Set<String>> page : PAGES.entrySet()) {
                int status = site.status(page.getKey());
                boolean allowed = page.getValue().contains(role);
                assertThat(status == 200)
                        .as(role + " on " + page.getKey() + " (HTTP " + status + ")")
                        .isEqualTo(allowed);
            }
        }
    }

    @Test
    void every_guarded_service_answers_exactly_the_roles_it_is_meant_for() {
        Map<String, Runnable> services = new LinkedHashMap<>();
        services.put("accounts of all users", () -> administration.accounts());
        services.put("change roles", () -> administration.changeRoles(-1, Set.of(AppRoles.LEARNER)));
        services.put("learners one follows", () -> learners.myLearners());
        services.put("one learner", () -> learners.learner(-1));
        services.put("invite a learner", () -> invitations.invite("", "not-an-address", Locale.FRENCH));
        services.put("join a welcome point", () -> welcomePoints.join(-1));
        services.put("export my data", () -> personalData.exportMyData());
        services.put("read the outbox", () -> outbox.latest(1));
        services.put("start a quiz", () -> quizzes.start("module-inexistant"));
        services.put("my passport", () -> learning.passport());
        services.put("my progress", () -> progress.overview());
        services.put("report reading", () -> activity.record(Place.quiz("module-inexistant"), 0, 0));
        services.put("my certificate", () -> certificates.mine());
        services.put("my certificate as PDF", () -> certificateDocuments.certificatePdf(Locale.FRENCH));
        services.put("verify a certificate", () -> certificates.verify("AAAA"));
        services.put("list certificates", () -> certificates.latest());
        services.put("revoke a certificate", () -> certificates.revoke("AAAA", "motif"));
        services.put("list all welcome points", () -> welcomePoints.all());
        services.put(
                "save a welcome point",
                () -> welcomePoints.save(new WelcomePointDetails(null, null, "", "", "", "", null, null, "", "", "")));
        services.put("find experts", () -> directory.find(ExpertFilter.none()));
        services.put("my recommended experts", () -> handoff.recommendations());
        services.put("my hand-off page", () -> handoff.page());
        services.put(
                "send a hand-off request", () -> handoff.send(new HandoffChoice(List.of(), Optional.empty(), false)));
        services.put("withdraw a request", () -> handoff.withdraw(-1));
        services.put("choose priorities", () -> plan.choose(List.of(1, 2, 3, 4, 5, 6)));
        services.put("requests addressed to me", () -> expertSpace.requests());
        services.put("answer a request", () -> expertSpace.move(-1, HandoffStatus.ACCEPTED, Optional.empty()));
        services.put("list experts' accreditations", () -> expertAdministration.experts());
        services.put("suspend an expert", () -> expertAdministration.suspend(-1));
        services.put("the curriculum tree", () -> drafts.tree());
        services.put(
                "save a lesson draft",
                () -> drafts.saveLesson(new LessonDraft(
                        "module-inexistant",
                        "lessons/01-x.md",
                        "x",
                        "X",
                        5,
                        "Texte",
                        Optional.empty(),
                        List.of(),
                        ItemStatus.NEW,
                        Optional.empty())));
        services.put("publish a module", () -> publishing.publish("module-inexistant", ""));
        services.put("export the curriculum", () -> transfer.exportAll());
        Map<String, Set<String>> allowed = Map.ofEntries(
                Map.entry("the curriculum tree", AUTHORS),
                Map.entry("save a lesson draft", AUTHORS),
                Map.entry("publish a module", AUTHORS),
                Map.entry("export the curriculum", AUTHORS),
                Map.entry("find experts", EVERYONE),
                Map.entry("my recommended experts", Set.of(AppRoles.LEARNER)),
                Map.entry("my hand-off page", Set.of(AppRoles.LEARNER)),
                Map.entry("send a hand-off request", Set.of(AppRoles.LEARNER)),
                Map.entry("withdraw a request", Set.of(AppRoles.LEARNER)),
                Map.entry("choose priorities", Set.of(AppRoles.LEARNER)),
                Map.entry("requests addressed to me", Set.of(AppRoles.EXPERT)),
                Map.entry("answer a request", Set.of(AppRoles.EXPERT)),
                Map.entry("list experts' accreditations", Set.of(AppRoles.ADMIN)),
                Map.entry("suspend an expert", Set.of(AppRoles.ADMIN)),
                Map.entry("accounts of all users", Set.of(AppRoles.ADMIN)),
                Map.entry("change roles", Set.of(AppRoles.ADMIN)),
                Map.entry("learners one follows", FOLLOWERS),
                Map.entry("one learner", FOLLOWERS),
                Map.entry("invite a learner", Set.of(AppRoles.WELCOME_STAFF)),
                Map.entry("join a welcome point", Set.of(AppRoles.LEARNER)),
                Map.entry("export my data", SIGNED_IN),
                Map.entry("read the outbox", Set.of(AppRoles.ADMIN)),
                Map.entry("list all welcome points", Set.of(AppRoles.ADMIN)),
                Map.entry("save a welcome point", Set.of(AppRoles.ADMIN)),
                Map.entry("start a quiz", Set.of(AppRoles.LEARNER)),
                Map.entry("my passport", Set.of(AppRoles.LEARNER)),
                Map.entry("my progress", Set.of(AppRoles.LEARNER)),
                Map.entry("report reading", Set.of(AppRoles.LEARNER)),
                Map.entry("my certificate", Set.of(AppRoles.LEARNER)),
                Map.entry("my certificate as PDF", Set.of(AppRoles.LEARNER)),
                Map.entry("verify a certificate", EVERYONE),
                Map.entry("list certificates", Set.of(AppRoles.ADMIN)),
                Map.entry("revoke a certificate", Set.of(AppRoles.ADMIN)));
        for (String role : EVERYONE) {
            for (Map.Entry<String, Runnable> service : services.entrySet()) {
                boolean expected = allowed.get(service.getKey()).contains(role);
                assertThat(isAllowed(role, service.getValue()))
                        .as(role + " → " + service.getKey())
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void the_matrix_covers_every_role() {
        assertThat(DEMO_ACCOUNTS.keySet()).containsExactlyInAnyOrderElementsOf(AppRoles.ALL);
    }

    /** Runs the call as the role; refused means Spring Security said no, anything else means it got through. */
    private boolean isAllowed(String role, Runnable call) {
        SecurityContextHolder.getContext().setAuthentication(authentication(role));
        try {
            call.run();
            return true;
        } catch (AccessDeniedException refused) {
            return false;
        } catch (RuntimeException gotThrough) {
            return true;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static Authentication authentication(String role) {
        if (role.equals(ANONYMOUS)) {
            return new AnonymousAuthenticationToken(
                    "key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
        }
        return UsernamePasswordAuthenticationToken.authenticated(
                DEMO_ACCOUNTS.get(role), null, AuthorityUtils.createAuthorityList("ROLE_" + role));
    }

    private SiteClient signedIn(String role) {
        SiteClient site = new SiteClient(port);
        if (!role.equals(ANONYMOUS)) {
            String location = site.signIn(DEMO_ACCOUNTS.get(role), DemoData.PASSWORD)
                    .headers()
                    .firstValue("Location")
                    .orElse("");
            assertThat(location).as(role + " signs in").doesNotContain("error").doesNotContain("bloque");
        }
        return site;
    }
}
