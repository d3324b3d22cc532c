package fr.passeportnumerique.search.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.function.SerializableFunction;
import fr.passeportnumerique.search.SearchHit;
import fr.passeportnumerique.search.SearchRequest;
import fr.passeportnumerique.search.SearchResults;

/** The hits found, then, while more were found than shown, a button that shows the next ones. */
class HitList extends Div {

    private final SerializableFunction<SearchRequest, SearchResults> search;
    private int shown;

    HitList(SearchResults found, SearchRequest request, SerializableFunction<SearchRequest, SearchResults> search) {
        this.search = search;
        this.shown = request.limit();
        show(found, request);
    }

    private void show(SearchResults found, SearchRequest request) {
        OrderedList list = new OrderedList();
        list.addClassName("pn-search-results");
        for (SearchHit hit : found.hits()) {
            list.add(new ListItem(new SearchHitCard(hit)));
        }
        removeAll();
        add(list);
        int more = (int) Math.min(found.total(), SearchRequest.MAX_LIMIT)
                - found.hits().size();
        if (more > 0) {
            Button next = new Button(
                    getTranslation("search.more", Math.min(SearchView.PAGE, more)), click -> showMore(request, found));
            next.addClassName("pn-search-more");
            add(next);
        }
    }

    /** Shows the next results and takes the keyboard focus to the first of them, where reading goes on. */
    private void showMore(SearchRequest request, SearchResults before) {
        shown = Math.min(shown + SearchView.PAGE, SearchRequest.MAX_LIMIT);
        SearchRequest wider =
                new SearchRequest(request.text(), request.type(), request.module(), request.contextModule(), shown);
        show(search.apply(wider), wider);
        getChildren()
                .findFirst()
                .flatMap(list -> list.getChildren().skip(before.hits().size()).findFirst())
                .flatMap(item -> item.getChildren().findFirst())
                .ifPresent(hit -> hit.getElement().executeJs("this.querySelector('h3 a').focus()"));
    }
}
