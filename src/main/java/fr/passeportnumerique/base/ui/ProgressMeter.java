package fr.passeportnumerique.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;

/** A thin bar that fills with progress, announced to screen readers by its label and value. */
public class ProgressMeter extends Composite<Div> {

    public ProgressMeter(int percent, String label) {
        int value = Math.clamp(percent, 0, 100);
        Div fill = new Div();
        fill.addClassName("pn-meter-fill");
        fill.getStyle().setWidth(value + "%");
        Div meter = getContent();
        meter.addClassName("pn-meter");
        meter.getElement().setAttribute("role", "progressbar");
        meter.getElement().setAttribute("aria-valuemin", "0");
        meter.getElement().setAttribute("aria-valuemax", "100");
        meter.getElement().setAttribute("aria-valuenow", String.valueOf(value));
        meter.getElement().setAttribute("aria-label", label);
        if (value == 100) {
            meter.addClassName("pn-meter-complete");
        }
        meter.add(fill);
    }
}
