package fr.passeportnumerique.tracking.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import fr.passeportnumerique.tracking.PointFigures;
import java.text.NumberFormat;
import java.util.Locale;

/** The key figures of a point, each a large number with what it counts. */
class FiguresPanel extends Composite<Div> {

    FiguresPanel(PointFigures figures, Locale locale) {
        getContent().addClassName("pn-figures");
        NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
        add(numbers, figures.enrolled(), "tracking.figure.enrolled");
        add(numbers, figures.activeLast30Days(), "tracking.figure.active");
        add(numbers, figures.modulesCompleted(), "tracking.figure.modules");
        add(numbers, figures.graduates(), "tracking.figure.graduates");
        add(numbers, figures.handoffRequests(), "tracking.figure.requests");
        add(numbers, figures.handoffSigned(), "tracking.figure.signed");
    }

    private void add(NumberFormat numbers, long value, String labelKey) {
        Span number = new Span(numbers.format(value));
        number.addClassName("pn-figure-value");
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("pn-figure-label");
        Div figure = new Div(number, label);
        figure.addClassName("pn-figure");
        getContent().add(figure);
    }
}
