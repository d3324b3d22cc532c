package fr.passeportnumerique.tracking.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import fr.passeportnumerique.ViewTestSupport;
import fr.passeportnumerique.account.AppRoles;
import org.junit.jupiter.api.Test;

/** The welcome point dashboard as its staff sees it, without a browser. */
class PointDashboardViewIT extends ViewTestSupport {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void staff_see_their_points_figures_learners_heat_map_and_modules() {
        signInAs("accueil@example.org", AppRoles.WELCOME_STAFF);

        navigate("accueil/tableau-de-bord");

        assertThat(_get(H1.class).getText()).isEqualTo("Tableau de bord du point d’accueil");
        assertThat(_find(Div.class, spec -> spec.withClasses("pn-figure"))).hasSize(6);
        assertThat(_find(Span.class, spec -> spec.withClasses("pn-figure-label")))
                .extracting(Span::getText)
                .contains("apprenants inscrits", "passeports complets");
        assertThat(_find(Grid.class)).hasSize(3);
        assertThat(_find(Div.class, spec -> spec.withClasses("pn-reminders"))).hasSize(1);
    }

    @Test
    void a_reminder_is_one_click_away_for_a_learner_to_remind() {
        signInAs("accueil@example.org", AppRoles.WELCOME_STAFF);
        navigate("accueil/tableau-de-bord");

        var buttons = _find(Button.class, spec -> spec.withText("Envoyer une relance"));

        assertThat(buttons).isNotEmpty();
        buttons.getFirst().click();
        assertThat(com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications())
                .extracting(notification -> notification.getElement().getProperty("text"))
                .anyMatch(text -> text != null && text.startsWith("Relance envoyée à"));
    }

    @Test
    void a_learner_cannot_open_the_dashboard() {
        signInAs("apprenant@example.org", AppRoles.LEARNER);

        navigate("accueil/tableau-de-bord");

        assertThat(_find(H1.class)).noneMatch(title -> title.getText().startsWith("Tableau de bord"));
    }

    @Test
    void a_learners_file_shows_their_modules_attempts_and_contacts_and_the_look_is_audited() {
        signInAs("accueil@example.org", AppRoles.WELCOME_STAFF);
        long marc = jdbc.queryForObject("select id from user_account where full_name = 'Marc Plombier'", Long.class);
        int before = audits(marc);

        navigate("accueil/tableau-de-bord/apprenant/" + marc);

        assertThat(_get(H1.class).getText()).isEqualTo("Marc Plombier");
        assertThat(_find(com.vaadin.flow.component.html.H2.class))
                .extracting(com.vaadin.flow.component.html.H2::getText)
                .contains("Avancement par module", "Tentatives de quiz", "Demandes d’accompagnement", "Contacts");
        assertThat(audits(marc)).isEqualTo(before + 1);
    }

    @Test
    void a_learner_of_another_point_is_not_found() {
        signInAs("accueil@example.org", AppRoles.WELCOME_STAFF);
        long elsewhere = jdbc.queryForObject(
                "select min(a.id) from user_account a join user_account_role r on r.account_id = a.id"
                        + " and r.role = 'LEARNER' where a.welcome_point_id <> (select welcome_point_id from"
                        + " user_account where email = 'accueil@example.org')",
                Long.class);

        navigate("accueil/tableau-de-bord/apprenant/" + elsewhere);

        assertThat(_find(H1.class)).noneMatch(title -> title.getText().contains("Plombier"));
        assertThat(_find(Grid.class)).isEmpty();
    }

    private int audits(long learner) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where action = 'LEARNER_VIEWED' and subject_account_id = ?",
                Integer.class,
                learner);
    }
}
