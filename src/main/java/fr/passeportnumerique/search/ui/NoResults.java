package fr.passeportnumerique.search.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.QueryParameters;
import fr.passeportnumerique.base.ui.MainLayout;
import fr.passeportnumerique.curriculum.ModuleSummary;
import java.util.List;
import java.util.Optional;

/** Nothing found: a correction to try when the index has one, then the first modules as topics to start from. */
class NoResults extends Div {

    NoResults(String text, Optional<String> didYouMean, List<ModuleSummary> modules) {
        add(new H2(getTranslation("search.none.title", text)));
        addClassName("pn-empty");
        didYouMean.ifPresent(correction -> add(new Paragraph(
                new Text(getTranslation("search.did-you-mean") + " "),
                MainLayout.routerAnchor(
                        SearchView.PATH + "?"
                                + QueryParameters.of(SearchView.QUERY, correction)
                                        .getQueryString(),
                        new Text(correction)))));
        add(new Paragraph(getTranslation("search.none.help")));
        UnorderedList topics = new UnorderedList();
        modules.stream()
                .limit(6)
                .forEach(module -> topics.add(new ListItem(MainLayout.routerAnchor(
                        "modules/" + module.slug(),
                        new Text(getTranslation("module.label", module.number(), module.title()))))));
        add(new Paragraph(getTranslation("search.none.topics")), topics);
    }
}
