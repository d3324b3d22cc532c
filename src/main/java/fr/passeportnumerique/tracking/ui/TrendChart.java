package fr.passeportnumerique.tracking.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import fr.passeportnumerique.tracking.WeekFigures;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

/**
 * The last weeks at a point as bars drawn in SVG by the page itself (no charting library): new learners, modules
 * completed and passports completed per week, with a title and a description for screen readers.
 */
class TrendChart extends Composite<Div> {

    private static final int WIDTH = 720;
    private static final int HEIGHT = 200;
    private static final int LEFT = 36;
    private static final int BOTTOM = 28;
    private static final String[] SERIES = {"enrolled", "modules", "graduates"};

    TrendChart(List<WeekFigures> weeks, Locale locale) {
        getContent().addClassNames("pn-panel", "pn-trends");
        List<ToLongFunction<WeekFigures>> values =
                List.of(WeekFigures::enrolled, WeekFigures::modulesCompleted, WeekFigures::graduates);
        long max = Math.max(
                1,
                weeks.stream()
                        .mapToLong(week -> values.stream()
                                .mapToLong(value -> value.applyAsLong(week))
                                .max()
                                .orElse(0))
                        .max()
                        .orElse(1));
        Element svg = new Element("svg");
        svg.setAttribute("viewBox", "0 0 " + WIDTH + " " + HEIGHT);
        svg.setAttribute("role", "img");
        svg.setAttribute("aria-label", getTranslation("tracking.trends.description", weeks.size()));
        svg.getClassList().add("pn-trend-svg");
        Element axis = new Element("line");
        axis.setAttribute("x1", String.valueOf(LEFT));
        axis.setAttribute("x2", String.valueOf(WIDTH));
        axis.setAttribute("y1", String.valueOf(HEIGHT - BOTTOM));
        axis.setAttribute("y2", String.valueOf(HEIGHT - BOTTOM));
        axis.getClassList().add("pn-trend-axis");
        svg.appendChild(axis, text(4, 14, String.valueOf(max), "pn-trend-scale"));
        double slot = (WIDTH - LEFT) / (double) Math.max(1, weeks.size());
        double bar = slot / (SERIES.length + 1);
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d/M", locale);
        for (int w = 0; w < weeks.size(); w++) {
            WeekFigures week = weeks.get(w);
            for (int s = 0; s < SERIES.length; s++) {
                long value = values.get(s).applyAsLong(week);
                double height = (HEIGHT - BOTTOM - 20) * value / (double) max;
                Element rect = new Element("rect");
                rect.setAttribute("x", format(LEFT + w * slot + (s + 0.5) * bar));
                rect.setAttribute("y", format(HEIGHT - BOTTOM - height));
                rect.setAttribute("width", format(bar * 0.9));
                rect.setAttribute("height", format(height));
                rect.getClassList().add("pn-trend-" + SERIES[s]);
                Element title = new Element("title");
                title.setText(getTranslation("tracking.trends." + SERIES[s]) + " · "
                        + week.monday().format(day) + " : " + value);
                rect.appendChild(title);
                svg.appendChild(rect);
            }
            svg.appendChild(text(
                    LEFT + w * slot + slot / 2 - 10, HEIGHT - 8, week.monday().format(day), "pn-trend-label"));
        }
        Div chart = new Div();
        chart.getElement().appendChild(svg);
        Div legend = new Div();
        legend.addClassName("pn-heat-legend");
        for (String series : SERIES) {
            Span swatch = new Span();
            swatch.addClassNames("pn-cell", "pn-trend-" + series);
            legend.add(new Span(swatch, new Span(getTranslation("tracking.trends." + series))));
        }
        getContent().add(new H2(getTranslation("tracking.trends.title", weeks.size())), legend, chart);
    }

    private static Element text(double x, double y, String content, String className) {
        Element text = new Element("text");
        text.setAttribute("x", format(x));
        text.setAttribute("y", format(y));
        text.setText(content);
        text.getClassList().add(className);
        return text;
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
