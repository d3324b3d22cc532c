package fr.passeportnumerique.curriculum.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import fr.passeportnumerique.ViewTestSupport;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.curriculum.CurriculumHistory;
import fr.passeportnumerique.curriculum.StaleDates;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The content status page lists the published sentences that still announce a past date as coming. */
class ContentStatusViewIT extends ViewTestSupport {

    @Autowired
    CurriculumHistory history;

    @Autowired
    Clock clock;

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
}
