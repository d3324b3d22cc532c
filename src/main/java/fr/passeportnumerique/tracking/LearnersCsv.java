package fr.passeportnumerique.tracking;

import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.base.i18n.Translations;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Service;

/**
 * A point's learners as a CSV file that French spreadsheet software opens as it is: UTF-8 with a byte order mark,
 * semicolons between fields, dates as day/month/year.
 */
@Service
@RolesAllowed({AppRoles.WELCOME_STAFF, AppRoles.REGIONAL_SUPERVISOR, AppRoles.ADMIN})
public class LearnersCsv {

    static final int PAGE = 1000;
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZoneId.of("Europe/Paris"));

    private final PointDashboard dashboard;

    LearnersCsv(PointDashboard dashboard) {
        this.dashboard = dashboard;
    }

    public byte[] export(long point, Locale locale) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(';')
                .setRecordSeparator("\r\n")
                .setHeader(header(locale))
                .get();
        try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), format)) {
            for (int offset = 0; ; offset += PAGE) {
                List<LearnerRow> page = dashboard.learners(point, LearnerQuery.all(), offset, PAGE);
                for (LearnerRow learner : page) {
                    csv.printRecord(
                            inert(learner.fullName()),
                            inert(learner.company()),
                            learner.sector().isEmpty()
                                    ? ""
                                    : Translations.translate("sector." + learner.sector(), locale),
                            learner.employees(),
                            learner.lastActivity().map(DAY::format).orElse(""),
                            learner.modulesDone(),
                            learner.progressPercent(),
                            Translations.translate(learner.graduated() ? "tracking.yes" : "tracking.no", locale));
                }
                if (page.size() < PAGE) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Text typed by a learner, which a spreadsheet must show and never compute: a name starting with {@code =},
     * {@code +}, {@code -}, {@code @} or a tab could otherwise run as a formula (OWASP's "CSV injection").
     */
    static String inert(String text) {
        return text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static String[] header(Locale locale) {
        return List.of("name", "company", "sector", "employees", "last-activity", "modules", "progress", "graduated")
                .stream()
                .map(column -> Translations.translate("tracking.csv." + column, locale))
                .toArray(String[]::new);
    }
}
