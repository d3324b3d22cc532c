package fr.passeportnumerique.quiz.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;

/**
 * Steps to put in order with "up" and "down" buttons: usable with a keyboard and a screen reader. After a move the
 * moved step's same button has the focus, so that a keyboard user can press it again; at an end of the list, where
 * that button is disabled, the other one.
 */
class OrderingInput extends Composite<OrderedList> {

    private final List<String> items;
    private final List<Integer> order;
    private final Runnable onChange;

    OrderingInput(List<String> items, List<Integer> initialOrder, Runnable onChange) {
        this.items = items;
        this.order = new ArrayList<>(initialOrder);
        this.onChange = onChange;
        getContent().addClassName("pn-ordering");
        render();
    }

    List<Integer> order() {
        return List.copyOf(order);
    }

    void restore(List<Integer> saved) {
        if (saved.size() == order.size()) {
            order.clear();
            order.addAll(saved);
            render();
        }
    }

    private void render() {
        render(-1, 0);
    }

    private void render(int moved, int step) {
        getContent().removeAll();
        for (int i = 0; i < order.size(); i++) {
            String text = items.get(order.get(i));
            int index = i;
            Button up = move(VaadinIcon.ARROW_UP, getTranslation("quiz.ordering.up", text), index, -1);
            up.setEnabled(i > 0);
            Button down = move(VaadinIcon.ARROW_DOWN, getTranslation("quiz.ordering.down", text), index, 1);
            down.setEnabled(i < order.size() - 1);
            getContent().add(new ListItem(new Span(text), up, down));
            if (i == moved) {
                Button same = step < 0 ? up : down;
                Button other = step < 0 ? down : up;
                (same.isEnabled() ? same : other).focus();
            }
        }
    }

    private Button move(VaadinIcon icon, String label, int index, int step) {
        Button button = new Button(icon.create(), click -> {
            Integer moved = order.remove(index);
            order.add(index + step, moved);
            render(index + step, step);
            onChange.run();
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(label);
        return button;
    }
}
