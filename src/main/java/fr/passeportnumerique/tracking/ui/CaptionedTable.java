package fr.passeportnumerique.tracking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import fr.passeportnumerique.base.ui.CurriculumLanguage;
import java.util.List;
import java.util.UUID;

/**
 * A plain HTML table that a screen reader can walk: a caption, a header cell per column and per row, each with its
 * scope. It scrolls sideways on a narrow screen rather than squeezing its columns.
 */
class CaptionedTable extends Composite<Div> {

    private final NativeTable table = new NativeTable();

    CaptionedTable(String caption, List<String> columns) {
        getContent().addClassName("pn-table-wrap");
        table.addClassName("pn-table");
        table.setCaptionText(caption);
        // A region that may scroll must be reachable by the keyboard, and named: by the caption.
        String captionId = "pn-caption-" + UUID.randomUUID();
        table.getCaption().setId(captionId);
        getContent().getElement().setAttribute("role", "region");
        getContent().getElement().setAttribute("aria-labelledby", captionId);
        getContent().getElement().setAttribute("tabindex", "0");
        NativeTableRow head = table.getHead().addRow();
        columns.forEach(column -> scoped(head.addHeaderCell(), "col").setText(column));
        getContent().add(table);
    }

    /** A row: its header (what the row is about), then one cell per remaining column. */
    CaptionedTable addRow(Component rowHeader, Component... cells) {
        NativeTableRow row = table.getBody().addRow();
        scoped(row.addHeaderCell(), "row").add(rowHeader);
        for (Component cell : cells) {
            NativeTableCell data = row.addDataCell();
            data.add(cell);
        }
        return this;
    }

    /** A row header naming a module, "6. Sécuriser son activité": its title in French for a screen reader. */
    static Span module(int number, String title) {
        return new Span(new Span(number + ". "), CurriculumLanguage.french(new Span(title)));
    }

    private static NativeTableHeaderCell scoped(NativeTableHeaderCell cell, String scope) {
        cell.getElement().setAttribute("scope", scope);
        return cell;
    }
}
