package fr.passeportnumerique;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;
import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.account.Sector;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Hostile values typed into the forms (markup, SQL, LIKE wildcards, 100,000 characters, NUL and lone surrogates):
 * what comes back is shown as text, a refused value is named on its field and leaves no row behind.
 */
class HostileFormsIT extends ViewTestSupport {

    static final String SCRIPT = "<script>alert('pn')</script>";
    static final String IMAGE = "<img src=x onerror=alert(1)>";
    static final String SQL = "\"'; DROP TABLE user_account; --";
    static final String HUGE = "x".repeat(100_000);
    static final String CONTROL = "Léa\u0000\uD800 Exemple";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountService accounts;

    @ParameterizedTest
    @ValueSource(strings = {SCRIPT, IMAGE, SQL})
    void markup_and_sql_in_a_registration_are_kept_as_plain_text(String hostile) {
        String email = register(hostile + " Exemple", hostile);

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("connexion");
        assertThat(jdbc.queryForObject("select full_name from user_account where email = ?", String.class, email))
                .isEqualTo(hostile + " Exemple");
        assertThat(jdbc.queryForObject("select count(*) from user_account", Long.class))
                .isPositive();
        signInAs(email, AppRoles.LEARNER);
        navigate("mon-espace");
        assertNoLiveScript();
    }

    static Stream<String> unacceptableNames() {
        return Stream.of(HUGE, CONTROL, "Léa Exemple\r\nBcc: tous@exemple.fr");
    }

    @ParameterizedTest
    @MethodSource("unacceptableNames")
    void an_oversized_or_control_character_name_is_refused_on_its_field_and_nothing_is_written(String name) {
        String company = "Entreprise " + UUID.randomUUID();
        String email = register(name, company);

        assertThat(_get(TextField.class, spec -> spec.withLabel("Prénom et nom"))
                        .isInvalid())
                .isTrue();
        assertThat(jdbc.queryForObject("select count(*) from user_account where email = ?", Long.class, email))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from company where name = ?", Long.class, company))
                .isZero();
    }

    @Test
    void an_oversized_company_name_is_refused_and_nothing_is_written() {
        String email = register("Karim Exemple", HUGE);

        assertThat(_get(TextField.class, spec -> spec.withLabel("Nom de l’entreprise"))
                        .isInvalid())
                .isTrue();
        assertThat(jdbc.queryForObject("select count(*) from user_account where email = ?", Long.class, email))
                .isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"%%", "__", "%_", "\\%"})
    void like_wildcards_in_the_welcome_point_search_find_nothing(String wildcards) {
        navigate("points-accueil");

        _get(TextField.class).setValue(wildcards);

        assertThat(_find(Paragraph.class))
                .extracting(Paragraph::getText)
                .anyMatch(text -> text.startsWith("Aucun point d’accueil trouvé pour"));
    }

    @ParameterizedTest
    @ValueSource(strings = {SCRIPT, IMAGE, SQL, "%00%C3%28", CONTROL})
    void hostile_searches_show_their_words_as_text(String typed) {
        UI.getCurrent().navigate("recherche", QueryParameters.of("q", typed));

        assertNoLiveScript();
        _get(TextField.class, spec -> spec.withLabel("Rechercher dans le programme"))
                .setValue(typed);
        assertNoLiveScript();
    }

    @ParameterizedTest
    @ValueSource(strings = {SCRIPT, SQL, CONTROL, "%' OR '1'='1"})
    void a_forgotten_password_for_a_hostile_address_sends_nothing(String typed) {
        long mails = jdbc.queryForObject("select count(*) from mail_outbox", Long.class);
        navigate("mot-de-passe-oublie");

        _get(EmailField.class).setValue(typed);
        _get(Button.class, spec -> spec.withText("Recevoir un lien")).click();

        assertThat(jdbc.queryForObject("select count(*) from mail_outbox", Long.class))
                .isEqualTo(mails);
        assertNoLiveScript();
    }

    @ParameterizedTest
    @ValueSource(strings = {"%", "_", SQL, SCRIPT})
    void wildcards_in_the_dashboards_learner_search_match_themselves_only(String typed) {
        signInAs("accueil@example.org", AppRoles.WELCOME_STAFF);
        navigate("accueil/tableau-de-bord");

        _get(TextField.class, spec -> spec.withLabel("Rechercher un nom ou une entreprise"))
                .setValue(typed);

        assertThat(_find(com.vaadin.flow.component.grid.Grid.class).stream()
                        .filter(grid -> grid.getColumnByKey("NAME") != null)
                        .mapToLong(grid -> grid.getGenericDataView().getItems().count())
                        .sum())
                .isZero();
        assertNoLiveScript();
    }

    @Test
    void an_oversized_reminder_note_is_refused_on_its_field_and_nothing_is_written() {
        signInAs("accueil@example.org", AppRoles.WELCOME_STAFF);
        navigate("accueil/tableau-de-bord");
        long notes = jdbc.queryForObject("select count(*) from learner_contact", Long.class);
        _find(Button.class, spec -> spec.withText("Noter un contact"))
                .getFirst()
                .click();

        TextArea note = _get(TextArea.class, spec -> spec.withLabel("Ce qui a été dit (appel, visite…)"));
        note.setValue(HUGE);
        _get(Button.class, spec -> spec.withText("Enregistrer la note")).click();

        assertThat(note.isInvalid()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from learner_contact", Long.class))
                .isEqualTo(notes);
        assertThat(NotificationsKt.getNotifications()).isEmpty();
    }

    @Test
    void an_experts_presentation_with_markup_and_script_links_is_harmless_on_the_public_page() {
        signInAs("expert@example.org", AppRoles.EXPERT);
        navigate("espace-expert/fiche");
        String before = presentation().getValue();
        try {
            presentation()
                    .setValue(SCRIPT + " " + IMAGE + "\n\n[Mon site](javascript:alert(1)) "
                            + "<a href=\"javascript:alert(2)\">x</a> ![x](https://exemple.invalid/pixel.png)");
            _get(Button.class, spec -> spec.withText("Enregistrer ma fiche")).click();
            long expert = jdbc.queryForObject(
                    "select e.id from expert e join user_account a on a.id = e.account_id"
                            + " where a.email = 'expert@example.org'",
                    Long.class);

            navigate("experts/" + expert);

            assertNoLiveScript();
        } finally {
            navigate("espace-expert/fiche");
            presentation().setValue(before);
            _get(Button.class, spec -> spec.withText("Enregistrer ma fiche")).click();
        }
    }

    @Test
    void the_lesson_editors_preview_runs_no_script_whatever_the_markdown() {
        signInAs("formateur@example.org", AppRoles.TRAINER);
        navigate("atelier/premiers-pas/lecon/01-choisir-ses-appareils.md");

        _get(TextArea.class, spec -> spec.withLabel("Texte (Markdown)"))
                .setValue(SCRIPT + "\n\n" + IMAGE + "\n\n[lien](javascript:alert(1)) [autre](JaVaScRiPt:alert(2))"
                        + " <a href=\"javascript:alert(3)\">a</a> ![x](javascript:alert(4))"
                        + " <iframe src=\"https://exemple.invalid\"></iframe> <svg onload=alert(5)>\n\n"
                        + "> [!NOTE] <img src=x onerror=alert(6)>\n> texte");

        assertNoLiveScript();
    }

    private static TextArea presentation() {
        return _get(TextArea.class, spec -> spec.withLabel("Présentation"));
    }

    private String register(String fullName, String companyName) {
        String email = "hostile-" + UUID.randomUUID() + "@entreprise-exemple.fr";
        navigate("inscription");
        _get(TextField.class, spec -> spec.withLabel("Prénom et nom")).setValue(fullName);
        _get(EmailField.class, spec -> spec.withLabel("Adresse e-mail")).setValue(email);
        _get(PasswordField.class, spec -> spec.withLabel("Mot de passe")).setValue(TestLearners.PASSWORD);
        _get(TextField.class, spec -> spec.withLabel("Nom de l’entreprise")).setValue(companyName);
        _get(TextField.class, spec -> spec.withLabel("Numéro SIRET")).setValue("12345678901237");
        _get(ComboBox.class, spec -> spec.withLabel("Secteur d’activité")).setValue(Sector.G);
        _get(IntegerField.class, spec -> spec.withLabel("Nombre de salariés")).setValue(2);
        _get(DatePicker.class, spec -> spec.withLabel("Date de création")).setValue(LocalDate.of(2020, 1, 6));
        _get(TextField.class, spec -> spec.withLabel("Code postal")).setValue("49100");
        _get(Button.class, spec -> spec.withText("Créer mon compte")).click();
        return email;
    }

    /** The page as the browser would build it: no element, attribute or inserted HTML that could run a script. */
    static void assertNoLiveScript() {
        assertNoLiveScript(UI.getCurrent().getElement());
    }

    private static void assertNoLiveScript(Element element) {
        assertThat(element.getTag()).isNotEqualToIgnoringCase("script");
        element.getAttributeNames()
                .forEach(name -> assertThat(name.toLowerCase(Locale.ROOT)).doesNotStartWith("on"));
        String href = element.getAttribute("href");
        if (href != null) {
            assertThat(href.strip().toLowerCase(Locale.ROOT)).doesNotStartWith("javascript:");
        }
        String html = element.getProperty("innerHTML");
        if (html != null) {
            Document inserted = Jsoup.parseBodyFragment(html);
            assertThat(inserted.select("script, iframe, object, embed"))
                    .as(html)
                    .isEmpty();
            assertThat(inserted.getAllElements())
                    .allSatisfy(node -> assertThat(node.attributes().asList())
                            .noneMatch(attribute -> attribute.getKey().startsWith("on")
                                    || attribute
                                            .getValue()
                                            .strip()
                                            .toLowerCase(Locale.ROOT)
                                            .startsWith("javascript:")));
        }
        element.getChildren().forEach(HostileFormsIT::assertNoLiveScript);
    }
}
