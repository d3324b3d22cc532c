package fr.passeportnumerique.tracking.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import fr.passeportnumerique.account.Sector;
import fr.passeportnumerique.account.WelcomePointType;
import fr.passeportnumerique.tracking.AreaFilter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/** The filters of the regional and national figures: period of enrolment, kind of point, sector, company size. */
class AreaFilterBar extends Composite<Div> {

    private static final List<Integer> PERIODS = List.of(0, 30, 90, 365);

    private final Select<Integer> period = new Select<>();
    private final Select<String> type = new Select<>();
    private final Select<String> sector = new Select<>();
    private final Select<String> size = new Select<>();

    AreaFilterBar(Consumer<AreaFilter> changed) {
        getContent().addClassNames("pn-actions-row", "pn-area-filters");
        period.setLabel(getTranslation("tracking.filter.period"));
        period.setItems(PERIODS);
        period.setItemLabelGenerator(
                days -> getTranslation(days == 0 ? "tracking.filter.all" : "tracking.filter.days", days));
        period.setValue(0);
        type.setLabel(getTranslation("tracking.filter.type"));
        type.setItems(
                withAll(Arrays.stream(WelcomePointType.values()).map(Enum::name).toList()));
        type.setItemLabelGenerator(value -> value.isEmpty()
                ? getTranslation("tracking.filter.all")
                : getTranslation(WelcomePointType.valueOf(value).translationKey()));
        type.setValue("");
        sector.setLabel(getTranslation("tracking.filter.sector"));
        sector.setItems(withAll(Arrays.stream(Sector.values()).map(Enum::name).toList()));
        sector.setItemLabelGenerator(
                value -> value.isEmpty() ? getTranslation("tracking.filter.all") : getTranslation("sector." + value));
        sector.setValue("");
        size.setLabel(getTranslation("tracking.filter.size"));
        size.setItems(withAll(
                Arrays.stream(AreaFilter.SizeBand.values()).map(Enum::name).toList()));
        size.setItemLabelGenerator(value -> getTranslation(
                value.isEmpty() ? "tracking.filter.all" : "tracking.filter.size." + value.toLowerCase(Locale.ROOT)));
        size.setValue("");
        for (Select<?> select : List.of(period, type, sector, size)) {
            select.addValueChangeListener(change -> changed.accept(filter()));
        }
        getContent().add(period, type, sector, size);
    }

    AreaFilter filter() {
        return new AreaFilter(
                Optional.ofNullable(period.getValue()).filter(days -> days > 0),
                Optional.ofNullable(type.getValue()).filter(value -> !value.isEmpty()),
                Optional.ofNullable(sector.getValue()).filter(value -> !value.isEmpty()),
                Optional.ofNullable(size.getValue())
                        .filter(value -> !value.isEmpty())
                        .map(AreaFilter.SizeBand::valueOf));
    }

    private static List<String> withAll(List<String> values) {
        List<String> all = new ArrayList<>();
        all.add("");
        all.addAll(values);
        return all;
    }
}
