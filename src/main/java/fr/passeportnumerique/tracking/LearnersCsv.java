package fr.passeportnumerique.tracking;

import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.base.i18n.Translations;
import fr.passeportnumerique.tracking.LatestPlacements.LatestPlacement;
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
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Service;

/**
 * A point's learners as a CSV file that French spreadsheet software opens as it is: UTF-8 with a byte order mark,
 * semicolons between fields, dates as day/month/year. The last two columns are the learner's latest placement test:
 * its date and the numbers of the modules it found mastered.
 */
@Service
@RolesAllowed({AppRoles.WELCOME_STAFF, AppRoles.REGIONAL_SUPERVISOR, AppRoles.ADMIN})
public class LearnersCsv {

    static final int PAGE = 1000;
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZoneId.of("Europe/Paris"));

    private final PointDashboard dashboard;
    private final LatestPlacements placements;

    LearnersCsv(PointDashboard dashboard, LatestPlacements placements) {
        this.dashboard = dashboard;
        this.placements = placements;
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
                Map<Long, LatestPlacement> placed =
                        placements.of(page.stream().map(LearnerRow::id).toList());
                for (LearnerRow learner : page) {
                    Optional<LatestPlacement> placement = Optional.ofNullable(placed.get(learner.id()));
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
                            Translations.translate(learner.graduated() ? "tracking.yes" : "tracking.no", locale),
                            placement
                                    .map(LatestPlacement::finishedAt)
                                    .map(DAY::format)
                                    .orElse(""),
                            placement.map(LearnersCsv::moduleNumbers).orElse(""));
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

    /** The modules found mastered, as "1, 6, 12". */
    private static String moduleNumbers(LatestPlacement placement) {
        return placement.acquiredModules().stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static String[] header(Locale locale) {
        return List.of(
                        "name",
                        "company",
                        "sector",
                        "employees",
                        "last-activity",
                        "modules",
                        "progress",
                        "graduated",
                        "placement",
                        "placement-acquired")
                .stream()
                .map(column -> Translations.translate("tracking.csv." + column, locale))
                .toArray(String[]::new);
    }
}
