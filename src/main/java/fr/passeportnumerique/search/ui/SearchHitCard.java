package fr.passeportnumerique.search.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fr.passeportnumerique.base.ui.MainLayout;
import fr.passeportnumerique.search.SearchHit;
import java.util.Locale;

/** One result: its kind, its title as a link, where it stands in the curriculum, and the highlighted snippet. */
class SearchHitCard extends Article {

    SearchHitCard(SearchHit hit) {
        Span kind = new Span(getTranslation("search.type." + hit.type().name().toLowerCase(Locale.ROOT)));
        kind.addClassNames("pn-status", "pn-search-type");
        Anchor title = MainLayout.routerAnchor(hit.href(), new Text(hit.title()));
        Paragraph where = new Paragraph(
                hit.type().isCurriculum()
                        ? getTranslation("module.label", hit.moduleNumber(), hit.moduleTitle())
                        : hit.moduleTitle());
        where.addClassName("pn-search-where");
        Html snippet = new Html("<p class=\"pn-snippet\">" + hit.snippetHtml() + "</p>");
        add(kind, new H3(title), where, snippet);
        addClassName("pn-search-hit");
    }
}
