package fr.passeportnumerique.tracking;

import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.base.i18n.Dates;
import fr.passeportnumerique.base.i18n.Translations;
import fr.passeportnumerique.base.pdf.PdfStyle;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Service;

/**
 * A printable summary of a point's dashboard on A4: key figures, module completion and scores, how many learners to
 * remind, and the questions most often missed. No learner's name: it can be handed to partners.
 */
@Service
@RolesAllowed({AppRoles.WELCOME_STAFF, AppRoles.REGIONAL_SUPERVISOR, AppRoles.ADMIN})
public class PointSummaryPdf {

    private final PointDashboard dashboard;
    private final Reminders reminders;
    private final Clock clock;

    PointSummaryPdf(PointDashboard dashboard, Reminders reminders, Clock clock) {
        this.dashboard = dashboard;
        this.reminders = reminders;
        this.clock = clock;
    }

    public byte[] render(long point, Locale locale) {
        PointChoice shown = dashboard.describe(point);
        PointFigures figures = dashboard.figures(point);
        List<ModuleFigure> modules = dashboard.modules(point);
        List<MissedQuestion> missed = dashboard.mostMissed(point, 5);
        int toRemind = reminders.toRemind(point).size();
        Map<String, String> titles =
                modules.stream().collect(Collectors.toMap(ModuleFigure::slug, ModuleFigure::title));
        PdfStyle style = new PdfStyle();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter.getInstance(document, out);
        document.addTitle(t("tracking.pdf.title", locale) + " – " + shown.name());
        document.open();
        document.add(new Paragraph(t("tracking.pdf.title", locale), style.bold(20, PdfStyle.NAVY)));
        document.add(new Paragraph(
                shown.name() + " · " + shown.town() + " · "
                        + t("tracking.pdf.on", locale, Dates.longDate(clock.instant(), locale)),
                style.regular(11, PdfStyle.MUTED)));
        PdfPTable numbers = new PdfPTable(3);
        numbers.setWidthPercentage(100);
        numbers.setSpacingBefore(18);
        figure(numbers, style, figures.enrolled(), t("tracking.figure.enrolled", locale));
        figure(numbers, style, figures.activeLast30Days(), t("tracking.figure.active", locale));
        figure(numbers, style, figures.modulesCompleted(), t("tracking.figure.modules", locale));
        figure(numbers, style, figures.graduates(), t("tracking.figure.graduates", locale));
        figure(numbers, style, figures.handoffRequests(), t("tracking.figure.requests", locale));
        figure(numbers, style, figures.handoffSigned(), t("tracking.figure.signed", locale));
        document.add(numbers);
        Paragraph remind =
                new Paragraph(t("tracking.pdf.to-remind", locale, toRemind), style.regular(11, PdfStyle.INK));
        remind.setSpacingBefore(12);
        document.add(remind);
        heading(document, style, t("tracking.modules.title", locale));
        PdfPTable table = new PdfPTable(new float[] {0.6f, 6f, 2.4f, 2f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String header : List.of(
                "#",
                t("tracking.modules.module", locale),
                t("tracking.modules.completion", locale),
                t("tracking.modules.score", locale))) {
            table.addCell(cell(header, style.bold(9, PdfStyle.NAVY)));
        }
        for (ModuleFigure module : modules) {
            table.addCell(cell(String.valueOf(module.number()), style.regular(9, PdfStyle.INK)));
            table.addCell(cell(module.title(), style.regular(9, PdfStyle.INK)));
            table.addCell(cell(
                    t(
                            "tracking.modules.completion-value",
                            locale,
                            module.completionPercent(),
                            module.completed(),
                            module.enrolled()),
                    style.regular(9, PdfStyle.INK)));
            table.addCell(cell(
                    module.averageBestScore().isPresent()
                            ? t(
                                    "number.percent",
                                    locale,
                                    Math.round(module.averageBestScore().getAsDouble()))
                            : "–",
                    style.regular(9, PdfStyle.INK)));
        }
        document.add(table);
        heading(document, style, t("tracking.missed.title", locale));
        if (missed.isEmpty()) {
            document.add(new Paragraph(t("tracking.missed.none", locale), style.regular(10, PdfStyle.MUTED)));
        }
        for (MissedQuestion question : missed) {
            document.add(new Paragraph(question.prompt(), style.bold(10, PdfStyle.INK)));
            document.add(new Paragraph(
                    t(
                            "tracking.missed.figures",
                            locale,
                            titles.getOrDefault(question.moduleSlug(), question.moduleSlug()),
                            question.missPercent(),
                            question.misses(),
                            question.answers()),
                    style.regular(9, PdfStyle.MUTED)));
        }
        document.close();
        return out.toByteArray();
    }

    private static void figure(PdfPTable table, PdfStyle style, long value, String label) {
        Phrase phrase = new Phrase();
        phrase.add(new Phrase(value + "\n", style.bold(18, PdfStyle.NAVY)));
        phrase.add(new Phrase(label, style.regular(9, PdfStyle.MUTED)));
        PdfPCell cell = new PdfPCell(phrase);
        cell.setPadding(8);
        cell.setBorderColor(PdfStyle.PAPER_TINT);
        table.addCell(cell);
    }

    private static PdfPCell cell(String text, org.openpdf.text.Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(4);
        cell.setBorderColor(PdfStyle.PAPER_TINT);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return cell;
    }

    private static void heading(Document document, PdfStyle style, String text) {
        Paragraph heading = new Paragraph(text, style.bold(13, PdfStyle.NAVY));
        heading.setSpacingBefore(18);
        heading.setSpacingAfter(6);
        document.add(heading);
    }

    private static String t(String key, Locale locale, Object... arguments) {
        return Translations.translate(key, locale, arguments);
    }
}
