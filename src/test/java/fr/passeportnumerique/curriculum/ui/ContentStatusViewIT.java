package fr.passeportnumerique.curriculum.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.router.RouterLink;
import fr.passeportnumerique.ShippedCurriculum;
import fr.passeportnumerique.ViewTestSupport;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.base.i18n.Dates;
import fr.passeportnumerique.curriculum.ContentImportService;
import fr.passeportnumerique.curriculum.CurriculumHistory;
import fr.passeportnumerique.curriculum.ImportOutcome;
import fr.passeportnumerique.curriculum.StaleDates;
import fr.passeportnumerique.curriculum.internal.ContentFixture;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The content status page lists the published sentences that still announce a past date as coming, and the lessons
 * due to be checked again.
 */
class ContentStatusViewIT extends ViewTestSupport {

    @Autowired
    CurriculumHistory history;

    @Autowired
    Clock clock;

    @Autowired
    ContentImportService imports;

    @TempDir
    Path folder;

    @Test
    void every_past_date_announced_as_coming_is_listed_with_its_file_and_line_or_none_is_said() {
        List<StaleDates.StaleDate> stale = StaleDates.in(history.current(), LocalDate.now(clock));
        signInAs("admin@example.org", AppRoles.ADMIN);
        navigate("admin/contenu");

        Div panel = _get(Div.class, spec -> spec.withClasses("pn-stale-dates"));
        String text = panel.getElement().getTextRecursively();
        assertThat(text).startsWith("Dates passées annoncées comme à venir");
        List<ListItem> items = panel.getChildren()
                .flatMap(child -> child.getChildren())
                .filter(ListItem.class::isInstance)
                .map(ListItem.class::cast)
                .toList();
        assertThat(items).hasSize(stale.size());
        if (stale.isEmpty()) {
            assertThat(text).contains("Aucune");
        } else {
            StaleDates.StaleDate first = stale.getFirst();
            assertThat(items.getFirst().getElement().getTextRecursively())
                    .startsWith(first.file() + ":" + first.line())
                    .contains(first.sentence());
        }
    }

    @Test
    void lessons_checked_a_year_ago_or_more_are_listed_with_their_date_and_a_link() {
        ContentFixture content = ContentFixture.copyOf(ShippedCurriculum.CONTENT, folder)
                .replace(
                        "modules/01-premiers-pas/lessons/02-ranger-ses-fichiers.md",
                        "reviewed: 2026-12-06",
                        "reviewed: " + LocalDate.now(clock).minusMonths(13));
        assertThat(imports.importFrom(content.root()).outcome()).isEqualTo(ImportOutcome.UPDATED);
        signInAs("admin@example.org", AppRoles.ADMIN);
        navigate("admin/contenu");

        Div panel = _get(Div.class, spec -> spec.withClasses("pn-due-reviews"));
        assertThat(panel.getElement().getTextRecursively())
                .startsWith("Leçons à vérifier de nouveau")
                .contains("Une leçon n’a pas été vérifiée depuis 12 mois ou plus");
        RouterLink lesson = _get(panel, RouterLink.class);
        assertThat(lesson.getText()).isEqualTo("Module 1, leçon 2 : Fichiers et dossiers : ranger pour retrouver");
        assertThat(lesson.getHref()).isEqualTo("modules/premiers-pas/ranger-ses-fichiers");
        assertThat(_get(panel, ListItem.class).getElement().getTextRecursively())
                .endsWith("vérifiée le " + Dates.longDate(LocalDate.now(clock).minusMonths(13), Locale.FRENCH));
    }

    @Test
    void when_every_lesson_was_checked_within_a_year_none_is_said() {
        signInAs("admin@example.org", AppRoles.ADMIN);
        navigate("admin/contenu");

        assertThat(_get(Div.class, spec -> spec.withClasses("pn-due-reviews"))
                        .getElement()
                        .getTextRecursively())
                .contains("Aucune : chaque leçon publiée a été vérifiée au cours des 12 derniers mois.");
    }

    @AfterEach
    void restoreTheShippedCurriculum() {
        ShippedCurriculum.restore(imports);
    }
}
