package fr.passeportnumerique.search.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.passeportnumerique.base.activity.LearnerActivity;
import fr.passeportnumerique.base.ui.MainLayout;
import fr.passeportnumerique.base.ui.PageTitles;
import fr.passeportnumerique.curriculum.CurriculumService;
import fr.passeportnumerique.search.ResultType;
import fr.passeportnumerique.search.SearchHit;
import fr.passeportnumerique.search.SearchRequest;
import fr.passeportnumerique.search.SearchResults;
import fr.passeportnumerique.search.SearchService;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The results page: the query, facets by type and module with counts, and highlighted results. */
@Route(value = SearchView.PATH, layout = MainLayout.class)
@AnonymousAllowed
class SearchView extends Composite<Div> implements BeforeEnterObserver, HasDynamicTitle {

    static final String PATH = "recherche";
    static final String QUERY = "q";
    static final String TYPE = "type";
    static final String MODULE = "module";
    /** Results shown at first, and added by each « Afficher plus de résultats »: snippets are made for these only. */
    static final int PAGE = 10;

    private final SearchService search;
    private final CurriculumService curriculum;
    private final LearnerActivity activity;
    private final TextField field = new TextField();
    private final Div results = new Div();
    private int shown = PAGE;

    SearchView(SearchService search, CurriculumService curriculum, LearnerActivity activity) {
        this.search = search;
        this.curriculum = curriculum;
        this.activity = activity;
        H1 title = new H1(getTranslation("search.title"));
        title.addClassName("pn-title");
        results.getElement().setAttribute("aria-live", "polite");
        getContent().addClassName("pn-search");
        getContent().add(title, createForm(), results);
    }

    private Component createForm() {
        field.setLabel(getTranslation("search.field.label"));
        field.setPlaceholder(getTranslation("search.field.placeholder"));
        field.setMaxLength(200);
        field.setClearButtonVisible(true);
        field.addClassName("pn-search-field");
        Button go = new Button(getTranslation("search.submit"), click -> submit());
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.addClickShortcut(Key.ENTER);
        HorizontalLayout form = new HorizontalLayout(field, go);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private void submit() {
        String text = field.getValue().strip();
        UI.getCurrent().navigate(PATH, QueryParameters.of(QUERY, text));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, String> parameters = new LinkedHashMap<>();
        event.getLocation().getQueryParameters().getParameters().forEach((name, values) -> {
            if (!values.isEmpty()) {
                parameters.put(name, values.getFirst());
            }
        });
        String text = parameters.getOrDefault(QUERY, "").strip();
        field.setValue(text.length() > 200 ? text.substring(0, 200) : text);
        Optional<ResultType> type = parseType(parameters.get(TYPE));
        Optional<String> module = Optional.ofNullable(parameters.get(MODULE))
                .filter(slug -> curriculum.module(slug).isPresent());
        show(text, type, module);
    }

    private void show(String text, Optional<ResultType> type, Optional<String> module) {
        results.removeAll();
        if (text.isEmpty()) {
            results.add(empty(getTranslation("search.hint")));
            return;
        }
        shown = PAGE;
        SearchResults found = search.search(new SearchRequest(text, type, module, activity.currentModule(), shown));
        if (found.total() == 0) {
            results.add(noResults(text, found));
            return;
        }
        Paragraph count = new Paragraph(getTranslation("search.count", found.total(), text));
        count.addClassName("pn-search-count");
        count.getElement().setAttribute("role", "status");
        results.add(count);
        if (found.typoTolerant()) {
            Paragraph approximate = new Paragraph(getTranslation("search.approximate"));
            approximate.addClassName("pn-search-note");
            results.add(approximate);
        }
        Div hits = new Div();
        showHits(hits, found, new SearchRequest(text, type, module, activity.currentModule(), shown));
        Div layout = new Div(new Facets(text, type, module, found).create(), hits);
        layout.addClassName("pn-search-layout");
        results.add(layout);
    }

    /** The hits found, then, while more were found than shown, a button that shows the next ones. */
    private void showHits(Div hits, SearchResults found, SearchRequest request) {
        OrderedList list = new OrderedList();
        list.addClassName("pn-search-results");
        for (SearchHit hit : found.hits()) {
            list.add(new ListItem(createHit(hit)));
        }
        hits.removeAll();
        hits.add(list);
        int more = (int) Math.min(found.total(), SearchRequest.MAX_LIMIT)
                - found.hits().size();
        if (more > 0) {
            Button next = new Button(
                    getTranslation("search.more", Math.min(PAGE, more)), click -> showMore(hits, request, found));
            next.addClassName("pn-search-more");
            hits.add(next);
        }
    }

    /** Shows the next results and takes the keyboard focus to the first of them, where reading goes on. */
    private void showMore(Div hits, SearchRequest request, SearchResults before) {
        shown = Math.min(shown + PAGE, SearchRequest.MAX_LIMIT);
        SearchRequest wider =
                new SearchRequest(request.text(), request.type(), request.module(), request.contextModule(), shown);
        SearchResults found = search.search(wider);
        showHits(hits, found, wider);
        hits.getChildren()
                .findFirst()
                .flatMap(list -> list.getChildren().skip(before.hits().size()).findFirst())
                .flatMap(item -> item.getChildren().findFirst())
                .ifPresent(hit -> hit.getElement().executeJs("this.querySelector('h3 a').focus()"));
    }

    private Component createHit(SearchHit hit) {
        Span kind = new Span(getTranslation("search.type." + hit.type().name().toLowerCase(Locale.ROOT)));
        kind.addClassNames("pn-status", "pn-search-type");
        Anchor title = MainLayout.routerAnchor(hit.href(), new Text(hit.title()));
        Paragraph where = new Paragraph(
                hit.type().isCurriculum()
                        ? getTranslation("module.label", hit.moduleNumber(), hit.moduleTitle())
                        : hit.moduleTitle());
        where.addClassName("pn-search-where");
        Html snippet = new Html("<p class=\"pn-snippet\">" + hit.snippetHtml() + "</p>");
        Article article = new Article(kind, new H3(title), where, snippet);
        article.addClassName("pn-search-hit");
        return article;
    }

    private Component noResults(String text, SearchResults found) {
        Div none = new Div(new H2(getTranslation("search.none.title", text)));
        none.addClassName("pn-empty");
        found.didYouMean()
                .ifPresent(correction -> none.add(new Paragraph(
                        new Text(getTranslation("search.did-you-mean") + " "),
                        MainLayout.routerAnchor(
                                PATH + "?"
                                        + QueryParameters.of(QUERY, correction).getQueryString(),
                                new Text(correction)))));
        none.add(new Paragraph(getTranslation("search.none.help")));
        UnorderedList topics = new UnorderedList();
        curriculum.modules().stream()
                .limit(6)
                .forEach(module -> topics.add(new ListItem(MainLayout.routerAnchor(
                        "modules/" + module.slug(),
                        new Text(getTranslation("module.label", module.number(), module.title()))))));
        none.add(new Paragraph(getTranslation("search.none.topics")), topics);
        return none;
    }

    private static Optional<ResultType> parseType(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ResultType.valueOf(value.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private static Component empty(String text) {
        Div empty = new Div(new Paragraph(text));
        empty.addClassName("pn-empty");
        return empty;
    }

    @Override
    public String getPageTitle() {
        String text = field.getValue();
        return PageTitles.of(
                text.isEmpty() ? getTranslation("search.title") : getTranslation("search.page-title", text));
    }

    /** The facets as links, so that each filtered list has its own address and works without script. */
    private final class Facets {

        private final String text;
        private final Optional<ResultType> type;
        private final Optional<String> module;
        private final SearchResults found;

        Facets(String text, Optional<ResultType> type, Optional<String> module, SearchResults found) {
            this.text = text;
            this.type = type;
            this.module = module;
            this.found = found;
        }

        Component create() {
            UnorderedList types = new UnorderedList();
            types.add(new ListItem(link(
                    getTranslation("search.facet.all-types", found.total()),
                    Optional.empty(),
                    module,
                    type.isEmpty())));
            found.typeCounts()
                    .forEach((kind, count) -> types.add(new ListItem(link(
                            getTranslation("search.facet.type." + kind.name().toLowerCase(Locale.ROOT), count),
                            Optional.of(kind),
                            module,
                            type.filter(kind::equals).isPresent()))));
            UnorderedList modules = new UnorderedList();
            modules.add(new ListItem(
                    link(getTranslation("search.facet.all-modules"), type, Optional.empty(), module.isEmpty())));
            found.moduleCounts()
                    .forEach(count -> modules.add(new ListItem(link(
                            getTranslation(
                                    "search.facet.module", count.moduleNumber(), count.moduleTitle(), count.count()),
                            type,
                            Optional.of(count.moduleSlug()),
                            module.filter(count.moduleSlug()::equals).isPresent()))));
            Nav facets = new Nav(
                    new H2(getTranslation("search.facet.types")),
                    types,
                    new H2(getTranslation("search.facet.modules")),
                    modules);
            facets.addClassName("pn-facets");
            facets.getElement().setAttribute("aria-label", getTranslation("search.facet.label"));
            return facets;
        }

        private Anchor link(String label, Optional<ResultType> kind, Optional<String> inModule, boolean current) {
            Map<String, String> parameters = new LinkedHashMap<>();
            parameters.put(QUERY, text);
            kind.ifPresent(value -> parameters.put(TYPE, value.name().toLowerCase(Locale.ROOT)));
            inModule.ifPresent(value -> parameters.put(MODULE, value));
            Anchor anchor = MainLayout.routerAnchor(
                    PATH + "?" + QueryParameters.simple(parameters).getQueryString(), new Text(label));
            if (current) {
                anchor.getElement().setAttribute("aria-current", "true");
                anchor.addClassName("pn-facet-current");
            }
            return anchor;
        }
    }
}
