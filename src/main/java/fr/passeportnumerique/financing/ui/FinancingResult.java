package fr.passeportnumerique.financing.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import fr.passeportnumerique.base.i18n.Euros;
import fr.passeportnumerique.financing.Installment;
import fr.passeportnumerique.financing.LeaseSimulation;
import fr.passeportnumerique.financing.LoanSimulation;
import fr.passeportnumerique.financing.Rent;
import java.math.BigDecimal;
import java.util.function.Function;

/** A simulation's result: the key figures, then the schedule month by month. */
class FinancingResult extends Composite<Section> {

    FinancingResult() {
        getContent().addClassName("pn-financing-result");
        getContent().setId("resultat");
        getContent().getElement().setAttribute("aria-live", "polite");
    }

    void show(LoanSimulation loan) {
        getContent().removeAll();
        DescriptionList figures = figures()
                .with("financing.result.payment", loan.monthlyPayment())
                .with("financing.result.total", loan.totalPaid())
                .with("financing.result.interest", loan.interestCost())
                .list();
        getContent().add(new H2(getTranslation("financing.result")), figures);
        Installment last = loan.schedule().getLast();
        if (last.payment().compareTo(loan.monthlyPayment()) != 0) {
            getContent().add(new Paragraph(getTranslation("financing.result.last", euros(last.payment()))));
        }
        Grid<Installment> schedule = grid(Installment.class);
        schedule.addColumn(Installment::month).setHeader(getTranslation("financing.column.month"));
        money(schedule, "financing.column.payment", Installment::payment);
        money(schedule, "financing.column.interest", Installment::interest);
        money(schedule, "financing.column.capital", Installment::capital);
        money(schedule, "financing.column.remaining", Installment::remaining);
        schedule.setItems(loan.schedule());
        getContent().add(new H3(getTranslation("financing.schedule.loan")), schedule);
    }

    void show(LeaseSimulation lease) {
        getContent().removeAll();
        DescriptionList figures = figures()
                .with("financing.result.rent", lease.monthlyRent())
                .with("financing.result.rents", lease.totalRents())
                .with("financing.result.option", lease.endOption())
                .with("financing.result.above", lease.costAboveAmount())
                .list();
        Grid<Rent> schedule = grid(Rent.class);
        schedule.addColumn(Rent::month).setHeader(getTranslation("financing.column.month"));
        money(schedule, "financing.column.rent", Rent::rent);
        money(schedule, "financing.column.paid", Rent::paidSoFar);
        money(schedule, "financing.column.left", Rent::stillToPay);
        schedule.setItems(lease.schedule());
        getContent()
                .add(
                        new H2(getTranslation("financing.result")),
                        figures,
                        new H3(getTranslation("financing.schedule.lease")),
                        schedule);
    }

    private <T> Grid<T> grid(Class<T> type) {
        Grid<T> grid = new Grid<>(type, false);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addClassName("pn-schedule");
        return grid;
    }

    private <T> void money(Grid<T> grid, String header, Function<T, BigDecimal> amount) {
        grid.addColumn(row -> euros(amount.apply(row)))
                .setHeader(getTranslation(header))
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
    }

    private String euros(BigDecimal amount) {
        return Euros.format(amount, getLocale());
    }

    private Figures figures() {
        return new Figures();
    }

    /** The key figures as a description list. */
    private final class Figures {
        private final DescriptionList list = new DescriptionList();

        Figures with(String key, BigDecimal amount) {
            // A group per figure (allowed in a dl) lets the figures sit side by side.
            list.add(new com.vaadin.flow.component.html.Div(
                    new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(euros(amount))));
            return this;
        }

        DescriptionList list() {
            list.addClassName("pn-figures");
            return list;
        }
    }
}
