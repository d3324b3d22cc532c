package fr.passeportnumerique.search.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
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
        SearchRequest request = new SearchRequest(text, type, module, activity.currentModule(), PAGE);
        SearchResults found = search.search(request);
        if (found.total() == 0) {
            results.add(new NoResults(text, found.didYouMean(), curriculum.modules()));
            return;
        }
        addSummary(text, found);
        Div layout = new Div(new FacetLinks(text, type, module, found), new HitList(found, request, search::search));
        layout.addClassName("pn-search-layout");
        results.add(layout);
    }

    /** How many were found, and whether typos were forgiven to find them. */
    private void addSummary(String text, SearchResults found) {
        Paragraph count = new Paragraph(getTranslation("search.count", found.total(), text));
        count.addClassName("pn-search-count");
        count.getElement().setAttribute("role", "status");
        results.add(count);
        if (found.typoTolerant()) {
            Paragraph approximate = new Paragraph(getTranslation("search.approximate"));
            approximate.addClassName("pn-search-note");
            results.add(approximate);
        }
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
}
