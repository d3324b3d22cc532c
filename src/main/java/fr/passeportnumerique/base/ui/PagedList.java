package fr.passeportnumerique.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A long list shown {@value #PAGE_SIZE} items at a time, with "previous" and "next". Only the page on screen lives in
 * the visitor's session, and the items are asked for again when the page changes: a directory of hundreds of entries
 * costs each visitor the memory of twenty.
 */
public class PagedList<T> extends Composite<Div> {

    public static final int PAGE_SIZE = 20;

    private final Function<T, Component> card;
    private final UnorderedList items = new UnorderedList();
    private final Button previous = new Button(VaadinIcon.ARROW_LEFT.create());
    private final Button next = new Button(VaadinIcon.ARROW_RIGHT.create());
    private final Span position = new Span();
    private final Nav pager = new Nav(previous, position, next);
    private Supplier<List<T>> source = List::of;
    private int page;

    public PagedList(String listClassName, Function<T, Component> card) {
        this.card = card;
        items.addClassName(listClassName);
        previous.setText(getTranslation("paging.previous"));
        next.setText(getTranslation("paging.next"));
        next.setIconAfterText(true);
        previous.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        next.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        previous.addClickListener(click -> turnTo(page - 1));
        next.addClickListener(click -> turnTo(page + 1));
        position.getElement().setAttribute("aria-live", "polite");
        pager.addClassName("pn-pager");
        pager.getElement().setAttribute("aria-label", getTranslation("paging.label"));
        getContent().add(items, pager);
    }

    /** Shows the first page of what {@code source} gives; it is asked again at each page turn. */
    public void show(List<T> firstReading, Supplier<List<T>> source) {
        this.source = source;
        page = 0;
        render(firstReading);
    }

    private void turnTo(int wanted) {
        page = wanted;
        render(source.get());
        getContent().scrollIntoView();
    }

    private void render(List<T> all) {
        int pages = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        page = Math.clamp(page, 0, pages - 1);
        items.removeAll();
        all.subList(page * PAGE_SIZE, Math.min(all.size(), (page + 1) * PAGE_SIZE))
                .forEach(item -> items.add(new ListItem(card.apply(item))));
        position.setText(getTranslation("paging.position", page + 1, pages));
        previous.setEnabled(page > 0);
        next.setEnabled(page < pages - 1);
        pager.setVisible(pages > 1);
    }
}
