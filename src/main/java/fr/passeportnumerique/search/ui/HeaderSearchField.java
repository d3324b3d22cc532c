package fr.passeportnumerique.search.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.QueryParameters;
import fr.passeportnumerique.base.ui.HeaderExtension;
import fr.passeportnumerique.search.SearchService;
import fr.passeportnumerique.search.Suggestion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The search field of every page: as the person types, titles and glossary terms that start with their words and
 * the best results (titles only: no facets nor snippets, as a keystroke must stay cheap); choosing one opens it, Enter opens the results page.
 */
@org.springframework.stereotype.Component
class HeaderSearchField implements HeaderExtension {

    private static final int SHOWN = 8;
    private final SearchService search;

    HeaderSearchField(SearchService search) {
        this.search = search;
    }

    @Override
    public Component create() {
        ComboBox<Suggestion> field = new ComboBox<>();
        field.addClassName("pn-header-search");
        field.setAriaLabel(field.getTranslation("search.field.label"));
        field.setPlaceholder(field.getTranslation("search.field.placeholder"));
        field.setPrefixComponent(VaadinIcon.SEARCH.create());
        field.setAllowCustomValue(true);
        field.setAutoOpen(true);
        field.setItemLabelGenerator(Suggestion::text);
        field.setItems(query -> fetch(query.getFilter().orElse(""), query.getOffset(), query.getLimit()));
        field.addValueChangeListener(chosen -> {
            if (chosen.isFromClient() && chosen.getValue() != null) {
                String href = chosen.getValue().href();
                field.clear();
                UI.getCurrent().navigate(href);
            }
        });
        field.addCustomValueSetListener(typed -> {
            String text = typed.getDetail().strip();
            field.clear();
            if (!text.isEmpty()) {
                UI.getCurrent().navigate(SearchView.PATH, QueryParameters.of(SearchView.QUERY, text));
            }
        });
        return field;
    }

    /** Titles that complete the words, then the best results, each destination once. */
    private Stream<Suggestion> fetch(String typed, int offset, int limit) {
        if (typed.strip().length() < 2) {
            return Stream.empty();
        }
        Map<String, Suggestion> byHref = new LinkedHashMap<>();
        for (Suggestion suggestion : search.suggest(typed, SHOWN)) {
            byHref.putIfAbsent(suggestion.href(), suggestion);
        }
        for (Suggestion answer : search.quickAnswers(typed, SHOWN)) {
            byHref.putIfAbsent(answer.href(), answer);
        }
        List<Suggestion> all = new ArrayList<>(byHref.values());
        return all.stream().limit(SHOWN).skip(offset).limit(limit);
    }
}
