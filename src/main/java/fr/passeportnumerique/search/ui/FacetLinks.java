package fr.passeportnumerique.search.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.QueryParameters;
import fr.passeportnumerique.base.ui.MainLayout;
import fr.passeportnumerique.search.ResultType;
import fr.passeportnumerique.search.SearchResults;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The facets as links, so that each filtered list has its own address and works without script. */
class FacetLinks extends Nav {

    private final String text;
    private final Optional<ResultType> type;
    private final Optional<String> module;

    FacetLinks(String text, Optional<ResultType> type, Optional<String> module, SearchResults found) {
        this.text = text;
        this.type = type;
        this.module = module;
        add(
                new H2(getTranslation("search.facet.types")),
                createTypes(found),
                new H2(getTranslation("search.facet.modules")),
                createModules(found));
        addClassName("pn-facets");
        getElement().setAttribute("aria-label", getTranslation("search.facet.label"));
    }

    private UnorderedList createTypes(SearchResults found) {
        UnorderedList types = new UnorderedList();
        types.add(new ListItem(link(
                getTranslation("search.facet.all-types", found.total()), Optional.empty(), module, type.isEmpty())));
        found.typeCounts()
                .forEach((kind, count) -> types.add(new ListItem(link(
                        getTranslation("search.facet.type." + kind.name().toLowerCase(Locale.ROOT), count),
                        Optional.of(kind),
                        module,
                        type.filter(kind::equals).isPresent()))));
        return types;
    }

    private UnorderedList createModules(SearchResults found) {
        UnorderedList modules = new UnorderedList();
        modules.add(new ListItem(
                link(getTranslation("search.facet.all-modules"), type, Optional.empty(), module.isEmpty())));
        found.moduleCounts()
                .forEach(count -> modules.add(new ListItem(link(
                        getTranslation("search.facet.module", count.moduleNumber(), count.moduleTitle(), count.count()),
                        type,
                        Optional.of(count.moduleSlug()),
                        module.filter(count.moduleSlug()::equals).isPresent()))));
        return modules;
    }

    private Anchor link(String label, Optional<ResultType> kind, Optional<String> inModule, boolean current) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(SearchView.QUERY, text);
        kind.ifPresent(value -> parameters.put(SearchView.TYPE, value.name().toLowerCase(Locale.ROOT)));
        inModule.ifPresent(value -> parameters.put(SearchView.MODULE, value));
        Anchor anchor = MainLayout.routerAnchor(
                SearchView.PATH + "?" + QueryParameters.simple(parameters).getQueryString(), new Text(label));
        if (current) {
            anchor.getElement().setAttribute("aria-current", "true");
            anchor.addClassName("pn-facet-current");
        }
        return anchor;
    }
}
