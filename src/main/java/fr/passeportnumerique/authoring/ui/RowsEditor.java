package fr.passeportnumerique.authoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A list of rows a person adds to and removes from (choices, items, pairs, accepted answers); each row is a form of
 * its own that gives back its value.
 */
class RowsEditor<T> extends Div {

    interface Row<T> {
        Component component();

        T value();
    }

    private final List<Row<T>> rows = new ArrayList<>();
    private final Div list = new Div();
    private final Function<T, Row<T>> rowOf;

    RowsEditor(String title, String addText, List<T> values, Function<T, Row<T>> rowOf, Supplier<T> blank) {
        this.rowOf = rowOf;
        addClassName("pn-rows-editor");
        Span heading = new Span(title);
        heading.addClassName("pn-rows-title");
        values.forEach(this::addRow);
        Button add = new Button(addText, click -> addRow(blank.get()));
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(heading, list, add);
    }

    private void addRow(T value) {
        Row<T> row = rowOf.apply(value);
        Div line = new Div(row.component());
        line.addClassName("pn-rows-line");
        Button remove = new Button("×", click -> {
            rows.remove(row);
            list.remove(line);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("authoring.remove"));
        line.add(remove);
        rows.add(row);
        list.add(line);
    }

    List<T> values() {
        return rows.stream().map(Row::value).toList();
    }
}
