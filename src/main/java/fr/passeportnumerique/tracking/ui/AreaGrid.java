package fr.passeportnumerique.tracking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.function.SerializableFunction;
import fr.passeportnumerique.tracking.AreaFigures;
import java.text.NumberFormat;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Areas (points, départements or regions) side by side with the same six figures, each column sortable. */
final class AreaGrid {

    private AreaGrid() {}

    static Grid<AreaFigures> of(
            Component view,
            String nameKey,
            List<AreaFigures> areas,
            com.vaadin.flow.function.ValueProvider<AreaFigures, Component> name,
            Locale locale) {
        NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
        Grid<AreaFigures> grid = new Grid<>();
        grid.addComponentColumn(name)
                .setHeader(view.getTranslation(nameKey))
                .setComparator(Comparator.comparing(AreaFigures::name))
                .setSortable(true)
                .setWidth("16rem")
                .setFlexGrow(1);
        column(
                grid,
                view,
                numbers,
                "tracking.column.enrolled",
                area -> area.figures().enrolled());
        column(
                grid,
                view,
                numbers,
                "tracking.column.active",
                area -> area.figures().activeLast30Days());
        column(
                grid,
                view,
                numbers,
                "tracking.column.modules",
                area -> area.figures().modulesCompleted());
        column(
                grid,
                view,
                numbers,
                "tracking.column.graduates",
                area -> area.figures().graduates());
        column(
                grid,
                view,
                numbers,
                "tracking.column.requests",
                area -> area.figures().handoffRequests());
        column(
                grid,
                view,
                numbers,
                "tracking.column.signed",
                area -> area.figures().handoffSigned());
        grid.setItems(areas);
        grid.setAllRowsVisible(areas.size() <= 25);
        if (areas.size() > 25) {
            grid.setHeight("36rem");
        }
        return grid;
    }

    private static void column(
            Grid<AreaFigures> grid,
            Component view,
            NumberFormat numbers,
            String key,
            SerializableFunction<AreaFigures, Long> value) {
        grid.addColumn(area -> numbers.format(value.apply(area)))
                .setHeader(view.getTranslation(key))
                .setComparator(Comparator.comparing(value::apply))
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(0);
    }
}
