package fr.passeportnumerique;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.account.DemoAccounts;
import fr.passeportnumerique.account.WelcomePointService;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Hostile addresses, as an attacker would type them into a browser or a script: markup, SQL, wildcards, broken
 * UTF-8, climbing paths, oversized values and forged ids in every route and query parameter. Each gets an ordinary
 * answer (a page, a 4xx or a JSON error): never a 500, never internals, never the payload as live markup.
 */
@IntegrationTest
class HostileAddressesIT {

    private static final String SCRIPT = "%3Cscript%3Ealert(%27pn%27)%3C%2Fscript%3E";
    private static final String IMAGE = "%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E";
    private static final String BREAKOUT = "%3C%2Fscript%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E";
    private static final String SQL = "%22%27%3B%20DROP%20TABLE%20user_account%3B%20--";
    private static final String LONG = "a".repeat(100_000);
    private static final String STAFF = "accueil@example.org";

    /** What an answer must never show: a stack trace, a Java class, SQL, the server's name and version. */
    private static final Pattern INTERNALS = Pattern.compile(
            "Exception|\\tat |at fr\\.passeportnumerique|org\\.springframework|java\\.lang|org\\.hibernate"
                    + "|SQLState|SQL syntax|Whitelabel|Apache Tomcat|MariaDB");

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    WelcomePointService welcomePoints;

    @Autowired
    JdbcTemplate jdbc;

    private SiteClient site;

    @BeforeEach
    void openSite() {
        site = new SiteClient(port);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/modules/" + SCRIPT,
                "/modules/premiers-pas/" + IMAGE,
                "/modules/" + SQL + "/quiz",
                "/modules/%25/%5F",
                "/modules/%C3%28",
                "/modules/premiers-pas/%FF",
                "/modules/premiers-pas/%00",
                "/modules/premiers-pas/%ED%A0%80",
                "/%FF%FE",
                "/recherche?q=" + SCRIPT,
                "/recherche?q=" + BREAKOUT,
                "/verifier/" + BREAKOUT,
                "/modules/" + BREAKOUT,
                "/recherche?q=" + SQL + "&type=" + IMAGE + "&module=" + SQL,
                "/recherche?q=%C3%28&type=%FF",
                "/recherche?q=%00%ED%A0%80",
                "/recherche?q=%25%25_%25",
                "/verifier/" + SCRIPT,
                "/verifier/" + SQL,
                "/verifier/%C3%28%00",
                "/experts/-1",
                "/experts/99999999999999999999999",
                "/experts/abc",
                "/experts/1%20OR%201%3D1",
                "/experts?departement=" + SCRIPT + "&competence=" + SQL + "&secteur=%FF",
                "/financement?voie=" + SCRIPT + "&montant=1e999999",
                "/financement?montant=-1",
                "/nouveau-mot-de-passe?jeton=" + SQL,
                "/nouveau-mot-de-passe?jeton=%C3%28",
                "/connexion?bloque=" + SCRIPT,
                "/connexion?error&bloque=99999999999999999999",
                "/points-accueil?q=" + SCRIPT,
                "/api/search?q=" + SCRIPT,
                "/api/search?q=" + SQL + "&limit=-5",
                "/api/search?q=test&limit=abc",
                "/api/search?q=test&limit=99999999999999999999",
                "/api/search?q=%C3%28%FF%00",
                "/api/search?q=%ED%A0%80",
                "/api/search?q=%25%25",
                "/api/search/suggestions?q=" + SCRIPT,
                "/api/search/suggestions?q=%C3%28",
                "/api/modules/" + SQL,
                "/media/premiers-pas/..%2F..%2Fapplication.properties",
                "/media/premiers-pas/%2e%2e%2f%2e%2e%2fapplication.properties",
                "/media/%2e%2e/%2e%2e/etc/passwd",
                "/media/premiers-pas/../../application.properties",
                "/media/premiers-pas/%C3%28.svg",
                "/media/" + SCRIPT + "/x.svg",
                "/images/..%2F..%2Fapplication.properties",
                "/styles/%2e%2e/%2e%2e/application.properties",
                "/VAADIN/..%2F..%2Fapplication.properties",
            })
    void a_hostile_public_address_gets_an_ordinary_answer(String path) {
        assertOrdinaryAnswer(site.get(path), path);
    }

    @Test
    void oversized_values_get_an_ordinary_answer() {
        for (String path : List.of(
                "/recherche?q=" + LONG,
                "/api/search?q=" + LONG.substring(0, 7_000),
                "/api/search/suggestions?q=" + "a%20".repeat(1_500),
                "/modules/" + LONG.substring(0, 7_000),
                "/verifier/" + LONG.substring(0, 7_000))) {
            assertOrdinaryAnswer(site.get(path), path.substring(0, 40));
        }
    }

    @Test
    void the_search_api_echoes_markup_as_json_text_only() {
        HttpResponse<String> answer = site.get("/api/search?q=" + SCRIPT);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    }

    @Test
    void no_file_is_read_outside_the_media_of_a_module() {
        for (String path : List.of(
                "/media/premiers-pas/..%2F..%2Fapplication.properties",
                "/media/premiers-pas/%2e%2e%2f%2e%2e%2fapplication.properties",
                "/media/premiers-pas/..%5C..%5Capplication.properties",
                "/images/..%2F..%2Fapplication.properties")) {
            HttpResponse<String> answer = site.get(path);
            assertThat(answer.statusCode()).as(path).isBetween(400, 499);
            assertThat(answer.body()).as(path).doesNotContain("spring.datasource", "passeport.");
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/mon-passeport/attestations/" + SCRIPT + ".pdf",
                "/mon-passeport/attestations/..%2F..%2Fcertificat.pdf",
                "/mon-passeport/attestations/%C3%28.pdf",
                "/mon-passeport/attestations/" + SQL + ".pdf",
                "/mon-passeport/certificat.pdf",
                "/modules/" + SCRIPT + "/quiz",
                "/modules/premiers-pas/quiz?" + SQL,
                "/accueil/tableau-de-bord",
                "/accueil/apprenants/-1",
            })
    void a_hostile_address_for_a_signed_in_learner_gets_an_ordinary_answer(String path) {
        site.signIn("apprenant@example.org", DemoAccounts.PASSWORD);

        assertOrdinaryAnswer(site.get(path), path);
    }

    @Test
    void a_learners_file_is_refused_for_another_points_learner_and_for_forged_ids() {
        long lyonLearner = learnerId("apprenant@example.org");
        long rennesLearner = rennesLearner();
        site.signIn(STAFF, DemoAccounts.PASSWORD);

        assertThat(site.status("/accueil/tableau-de-bord/apprenant/" + lyonLearner))
                .isEqualTo(200);
        for (String id : List.of(
                String.valueOf(rennesLearner),
                String.valueOf(learnerId("admin@example.org")),
                "-1",
                "0",
                "99999999999999999999999",
                "abc",
                lyonLearner + "%20OR%201%3D1",
                IMAGE)) {
            HttpResponse<String> answer = site.get("/accueil/tableau-de-bord/apprenant/" + id);
            assertThat(answer.statusCode()).as(id).isEqualTo(404);
            assertOrdinaryAnswer(answer, id);
        }
        // An encoded NUL or slash is refused before the application, by Spring Security's firewall.
        for (String id : List.of(lyonLearner + "%00", SCRIPT)) {
            HttpResponse<String> answer = site.get("/accueil/tableau-de-bord/apprenant/" + id);
            assertThat(answer.statusCode()).as(id).isEqualTo(400);
            assertOrdinaryAnswer(answer, id);
        }
    }

    @Test
    void another_points_dashboard_is_not_shown_to_staff() {
        long rennesPoint = welcomePoints.search("35000").getFirst().id();
        site.signIn(STAFF, DemoAccounts.PASSWORD);

        for (String point : List.of(String.valueOf(rennesPoint), "-1", "abc", SQL)) {
            HttpResponse<String> answer = site.get("/accueil/tableau-de-bord?point=" + point);
            assertOrdinaryAnswer(answer, point);
            assertThat(answer.body()).as(point).doesNotContain("Rennes");
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/atelier/" + SCRIPT,
                "/atelier/" + SQL + "/quiz",
                "/atelier/" + SCRIPT + "/historique",
                "/atelier/premiers-pas/lecon/..%2Fmodule.md",
                "/atelier/premiers-pas/lecon/%2e%2e%2f%2e%2e%2f01-premiers-pas%2Fmodule.md",
                "/atelier/premiers-pas/lecon/%C3%28",
                "/atelier/premiers-pas/lecon/" + IMAGE,
                "/atelier-media/premiers-pas/..%2F..%2Fmodule.md",
                "/atelier-media/premiers-pas/..module.md",
                "/atelier-media/" + SCRIPT + "/x.png",
                "/atelier-media/premiers-pas/%2e%2e",
            })
    void a_hostile_address_in_the_workshop_gets_an_ordinary_answer(String path) {
        site.signIn("formateur@example.org", DemoAccounts.PASSWORD);

        assertOrdinaryAnswer(site.get(path), path);
    }

    private long rennesLearner() {
        String email = TestLearners.register(accounts, "yann");
        long rennesPoint = welcomePoints.search("35000").getFirst().id();
        SignedIn.as(email, AppRoles.LEARNER, () -> welcomePoints.join(rennesPoint));
        return learnerId(email);
    }

    private long learnerId(String email) {
        return TestLearners.accountId(jdbc, email);
    }

    private static void assertOrdinaryAnswer(HttpResponse<String> answer, String what) {
        assertThat(answer.statusCode()).as(what).isLessThan(500);
        String body = answer.body();
        assertThat(INTERNALS.matcher(body).find())
                .as("%s shows internals: %s", what, excerpt(body, INTERNALS))
                .isFalse();
        String type = answer.headers().firstValue("Content-Type").orElse("");
        if (type.startsWith("text/html")) {
            assertNoLiveScript(Jsoup.parse(body), what);
        } else if (!body.isEmpty()) {
            // JSON and files may echo what was asked, as data a browser is told never to read as a page.
            assertThat(answer.headers().firstValue("X-Content-Type-Options"))
                    .as(what)
                    .hasValue("nosniff");
            assertThat(type).as(what).doesNotStartWith("text/");
        }
    }

    /** Read as a browser reads it: no element with an event handler, no script of ours beyond Vaadin's own. */
    private static void assertNoLiveScript(Document page, String what) {
        assertThat(page.getAllElements())
                .as(what)
                .allSatisfy(element -> assertThat(element.attributes().asList())
                        .noneMatch(attribute ->
                                attribute.getKey().toLowerCase(Locale.ROOT).startsWith("on")));
        assertThat(page.select("script"))
                .as(what)
                .noneMatch(script -> script.data().strip().startsWith("alert("));
    }

    private static String excerpt(String body, Pattern pattern) {
        var matcher = pattern.matcher(body);
        if (!matcher.find()) {
            return "";
        }
        return body.substring(Math.max(0, matcher.start() - 200), Math.min(body.length(), matcher.end() + 200));
    }
}
