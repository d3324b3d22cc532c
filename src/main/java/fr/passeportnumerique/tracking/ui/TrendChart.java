package fr.passeportnumerique.tracking.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import fr.passeportnumerique.base.i18n.Dates;
import fr.passeportnumerique.tracking.WeekFigures;
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
    private static final String[] SERIES = {"enrolled", "modules", "graduates", "requests"};

    TrendChart(List<WeekFigures> weeks, Locale locale) {
        getContent().addClassNames("pn-panel", "pn-trends");
        List<ToLongFunction<WeekFigures>> values = List.of(
                WeekFigures::enrolled,
                WeekFigures::modulesCompleted,
                WeekFigures::graduates,
                WeekFigures::handoffRequests);
        long max = Math.max(
                1,
                weeks.stream()
                        .mapToLong(week -> values.stream()
                                .mapToLong(value -> value.applyAsLong(week))
                                .max()
                                .orElse(0))
                        .max()
                        .orElse(1));
        // Written as markup: the browser's parser keeps SVG's camel-case attributes (viewBox), which the element
        // API would lower-case. Every text in it is escaped.
        StringBuilder svg = new StringBuilder()
                .append("<svg class=\"pn-trend-svg\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"")
                .append(escape(getTranslation("tracking.trends.description", weeks.size())))
                .append("\">");
        svg.append(String.format(
                Locale.ROOT,
                "<line class=\"pn-trend-axis\" x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\"/>",
                LEFT,
                WIDTH,
                HEIGHT - BOTTOM,
                HEIGHT - BOTTOM));
        svg.append(text(4, 14, String.valueOf(max), "pn-trend-scale"));
        double slot = (WIDTH - LEFT) / (double) Math.max(1, weeks.size());
        double bar = slot / (SERIES.length + 1);
        for (int w = 0; w < weeks.size(); w++) {
            WeekFigures week = weeks.get(w);
            for (int s = 0; s < SERIES.length; s++) {
                long value = values.get(s).applyAsLong(week);
                double height = (HEIGHT - BOTTOM - 20) * value / (double) max;
                svg.append(String.format(
                        Locale.ROOT,
                        "<rect class=\"pn-trend-%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\">"
                                + "<title>%s</title></rect>",
                        SERIES[s],
                        LEFT + w * slot + (s + 0.5) * bar,
                        HEIGHT - BOTTOM - height,
                        bar * 0.9,
                        height,
                        escape(getTranslation(
                                "tracking.trends.bar",
                                getTranslation("tracking.trends." + SERIES[s]),
                                Dates.dayAndMonth(week.monday(), locale),
                                value))));
            }
            svg.append(text(
                    LEFT + w * slot + slot / 2 - 10,
                    HEIGHT - 8,
                    Dates.dayAndMonth(week.monday(), locale),
                    "pn-trend-label"));
        }
        svg.append("</svg>");
        Div chart = new Div();
        chart.getElement().setProperty("innerHTML", svg.toString());
        Div legend = new Div();
        legend.addClassName("pn-heat-legend");
        for (String series : SERIES) {
            Span swatch = new Span();
            swatch.addClassNames("pn-cell", "pn-trend-" + series);
            legend.add(new Span(swatch, new Span(getTranslation("tracking.trends." + series))));
        }
        getContent().add(new H2(getTranslation("tracking.trends.title", weeks.size())), legend, chart);
    }

    private static String text(double x, double y, String content, String className) {
        return String.format(
                Locale.ROOT, "<text class=\"%s\" x=\"%.1f\" y=\"%.1f\">%s</text>", className, x, y, escape(content));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
