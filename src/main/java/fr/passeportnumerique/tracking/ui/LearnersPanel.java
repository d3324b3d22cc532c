package fr.passeportnumerique.tracking.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import fr.passeportnumerique.base.i18n.Dates;
import fr.passeportnumerique.curriculum.ModuleSummary;
import fr.passeportnumerique.tracking.CellState;
import fr.passeportnumerique.tracking.LearnerQuery;
import fr.passeportnumerique.tracking.LearnerRow;
import fr.passeportnumerique.tracking.PointDashboard;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The point's learners, a page at a time, sortable and searchable, each with a heat map of the 20 modules (not
 * started, in progress, quiz failed, completed) that shows at a glance where learners stop.
 */
class LearnersPanel extends Composite<Div> {

    private final PointDashboard dashboard;
    private final long point;
    private final TextField search = new TextField();
    private final com.vaadin.flow.component.select.Select<String> sector =
            new com.vaadin.flow.component.select.Select<>();
    private final com.vaadin.flow.component.select.Select<String> passport =
            new com.vaadin.flow.component.select.Select<>();

    LearnersPanel(PointDashboard dashboard, long point, List<ModuleSummary> modules, Locale locale) {
        this.dashboard = dashboard;
        this.point = point;
        getContent().addClassNames("pn-panel", "pn-learners");
        search.setLabel(getTranslation("tracking.learners.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        Grid<LearnerLine> grid = new Grid<>();
        grid.addComponentColumn(line -> new Anchor(
                        PointDashboardView.PATH + "/apprenant/" + line.learner().id(),
                        line.learner().fullName()))
                .setHeader(getTranslation("tracking.learners.name"))
                .setKey(LearnerQuery.Sort.NAME.name())
                .setSortable(true)
                .setFrozen(true)
                .setAutoWidth(true);
        grid.addColumn(line -> line.learner().company())
                .setHeader(getTranslation("tracking.learners.company"))
                .setKey(LearnerQuery.Sort.COMPANY.name())
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(line -> line.learner().sector().isEmpty()
                        ? ""
                        : getTranslation("sector." + line.learner().sector()))
                .setHeader(getTranslation("tracking.learners.sector"))
                .setWidth("12rem");
        grid.addColumn(line -> line.learner()
                        .lastActivity()
                        .map(at -> Dates.longDate(at, locale))
                        .orElse(getTranslation("tracking.learners.never")))
                .setHeader(getTranslation("tracking.learners.last-activity"))
                .setKey(LearnerQuery.Sort.LAST_ACTIVITY.name())
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(line -> getTranslation("number.percent", line.learner().progressPercent()))
                .setHeader(getTranslation("tracking.learners.progress"))
                .setKey(LearnerQuery.Sort.PROGRESS.name())
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(line -> getTranslation(line.learner().graduated() ? "tracking.yes" : "tracking.no"))
                .setHeader(getTranslation("tracking.learners.graduated"))
                .setAutoWidth(true);
        HeatMap heat = new HeatMap(modules);
        long count = dashboard.countLearners(point, LearnerQuery.all());
        // The table needs no cells: only the heat map reads them, for the learners it shows.
        CallbackDataProvider<LearnerLine, Void> rows = lines(false);
        CallbackDataProvider<LearnerLine, Void> withCells = lines(true);
        grid.setDataProvider(rows);
        heat.setDataProvider(withCells);
        for (Grid<LearnerLine> shown : List.of(grid, heat)) {
            shown.setPageSize(50);
            // Up to twelve rows high: a small point's table does not leave a large empty box.
            shown.setHeight(Math.max(2, Math.min(count, 12)) * 2.75 + 3.5 + "rem");
        }
        Runnable refresh = () -> {
            rows.refreshAll();
            withCells.refreshAll();
        };
        search.addValueChangeListener(change -> refresh.run());
        sector.addValueChangeListener(change -> refresh.run());
        passport.addValueChangeListener(change -> refresh.run());
        H2 heatTitle = new H2(getTranslation("tracking.heat.title"));
        heatTitle.addClassName("pn-authoring-section");
        getContent()
                .add(
                        new H2(getTranslation("tracking.learners.title")),
                        filters(),
                        grid,
                        heatTitle,
                        new com.vaadin.flow.component.html.Paragraph(getTranslation("tracking.heat.lead")),
                        heat.legend(),
                        heat);
    }

    private CallbackDataProvider<LearnerLine, Void> lines(boolean withCells) {
        return new CallbackDataProvider<>(
                query -> {
                    List<LearnerRow> page = dashboard.learners(
                            point, query(query.getSortOrders()), query.getOffset(), query.getLimit());
                    Map<Long, List<CellState>> cells = withCells
                            ? dashboard.heatMap(
                                    point, page.stream().map(LearnerRow::id).toList())
                            : Map.of();
                    return page.stream().map(row -> new LearnerLine(row, cells.getOrDefault(row.id(), List.of())));
                },
                query -> (int) dashboard.countLearners(point, query(query.getSortOrders())));
    }

    private Div filters() {
        sector.setLabel(getTranslation("tracking.filter.sector"));
        List<String> sectors = new ArrayList<>(List.of(""));
        Arrays.stream(fr.passeportnumerique.account.Sector.values())
                .map(Enum::name)
                .forEach(sectors::add);
        sector.setItems(sectors);
        sector.setItemLabelGenerator(
                value -> value.isEmpty() ? getTranslation("tracking.filter.all") : getTranslation("sector." + value));
        sector.setValue("");
        passport.setLabel(getTranslation("tracking.learners.graduated"));
        passport.setItems("", "yes", "no");
        passport.setItemLabelGenerator(
                value -> getTranslation(value.isEmpty() ? "tracking.filter.all" : "tracking." + value));
        passport.setValue("");
        Div row = new Div(search, sector, passport);
        row.addClassNames("pn-actions-row", "pn-area-filters");
        return row;
    }

    private LearnerQuery query(List<com.vaadin.flow.data.provider.QuerySortOrder> orders) {
        LearnerQuery.Sort sort = orders.isEmpty()
                ? LearnerQuery.Sort.NAME
                : LearnerQuery.Sort.valueOf(orders.getFirst().getSorted());
        boolean descending = !orders.isEmpty() && orders.getFirst().getDirection() == SortDirection.DESCENDING;
        return new LearnerQuery(
                search.getValue(),
                Optional.ofNullable(sector.getValue()).filter(value -> !value.isEmpty()),
                Optional.ofNullable(passport.getValue())
                        .filter(value -> !value.isEmpty())
                        .map("yes"::equals),
                sort,
                descending);
    }

    /** A learner's row with their cells. */
    record LearnerLine(LearnerRow learner, List<CellState> cells) {}
}
