package fr.passeportnumerique.directory.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import fr.passeportnumerique.SignedIn;
import fr.passeportnumerique.ViewTestSupport;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.account.Sector;
import fr.passeportnumerique.base.ui.PagedList;
import fr.passeportnumerique.directory.ExpertDirectory;
import fr.passeportnumerique.directory.ExpertFilter;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The directory as a person uses it, without a browser. */
class DirectoryViewsIT extends ViewTestSupport {

    @Autowired
    ExpertDirectory directory;

    private String figures() {
        return _find(DescriptionList.class).stream()
                .map(list -> list.getElement().getTextRecursively())
                .reduce("", String::concat);
    }

    @Test
    void the_directory_filters_by_departement_from_the_address_and_says_what_to_do_when_empty() {
        UI.getCurrent().navigate(ExpertsView.PATH, QueryParameters.fromString("departement=2A"));

        assertThat(_get(H2.class).getText()).endsWith("experts agréés");
        assertThat(_find(ExpertCardView.class)).isNotEmpty();

        String nobody = Arrays.stream(Sector.values())
                .filter(sector -> SignedIn.as(
                                "admin@example.org",
                                AppRoles.ADMIN,
                                () -> directory.find(
                                        new ExpertFilter(Optional.of("2A"), Optional.of(19), Optional.of(sector))))
                        .isEmpty())
                .map(Sector::name)
                .findFirst()
                .orElseThrow();
        UI.getCurrent()
                .navigate(
                        ExpertsView.PATH, QueryParameters.fromString("departement=2A&competence=19&secteur=" + nobody));
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(text -> text.startsWith("Aucun expert agréé ne correspond"));
    }

    @Test
    void the_whole_directory_is_shown_twenty_experts_at_a_time() {
        UI.getCurrent().navigate(ExpertsView.PATH);
        int all = directory
                .find(new ExpertFilter(Optional.empty(), Optional.empty(), Optional.empty()))
                .size();
        assertThat(all).isGreaterThan(PagedList.PAGE_SIZE);
        String firstOnPageOne =
                _find(ExpertCardView.class).getFirst().getElement().getTextRecursively();
        assertThat(_find(ExpertCardView.class)).hasSize(PagedList.PAGE_SIZE);
        assertThat(_find(Span.class).stream().map(Span::getText))
                .contains("Page 1 sur " + ((all + PagedList.PAGE_SIZE - 1) / PagedList.PAGE_SIZE));

        _get(Button.class, spec -> spec.withText("Suivant")).click();

        assertThat(_find(ExpertCardView.class)).hasSize(PagedList.PAGE_SIZE);
        assertThat(_find(ExpertCardView.class).getFirst().getElement().getTextRecursively())
                .isNotEqualTo(firstOnPageOne);
        assertThat(_find(Span.class).stream().map(Span::getText)).anyMatch(text -> text.startsWith("Page 2 sur "));
    }
}
