package fr.passeportnumerique.certificate;

import static fr.passeportnumerique.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import fr.passeportnumerique.IntegrationTest;
import fr.passeportnumerique.SignedInLearner;
import fr.passeportnumerique.SiteClient;
import fr.passeportnumerique.TestLearners;
import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.curriculum.CurriculumService;
import fr.passeportnumerique.learning.LearnerGraduated;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/** Certificates against MariaDB: issued at graduation, verified by anyone, revoked by administrators. */
@IntegrationTest
class CertificateIT {

    private static final String ADMIN = "admin@example.org";

    /** Graduating takes 80 lessons and 20 quizzes: one graduate serves every test that only reads. */
    private static SignedInLearner graduate;

    @Autowired
    CertificateService certificates;

    @Autowired
    CertificateDocuments documents;

    @Autowired
    CurriculumService curriculum;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ApplicationContext context;

    @LocalServerPort
    int port;

    @BeforeEach
    void aGraduate() {
        if (graduate == null) {
            graduate = graduateNew("marius");
        }
    }

    private SignedInLearner graduateNew(String name) {
        SignedInLearner learner = SignedInLearner.register(context, name);
        learner.graduates();
        return learner;
    }

    private CertificateDetails certificateOf(SignedInLearner learner) {
        return learner.does(() -> certificates.mine()).orElseThrow();
    }

    @Test
    void graduating_issues_one_certificate_that_anyone_can_verify() {
        CertificateDetails certificate = certificateOf(graduate);

        assertThat(certificate.learnerName()).isEqualTo("marius Exemple");
        assertThat(certificate.companyName()).hasValue("Entreprise Exemple");
        assertThat(certificateOf(graduate).code()).isEqualTo(certificate.code());
        assertThat(jdbc.queryForObject(
                        "select count(*) from certificate c join user_account a on a.id = c.account_id where a.email = ?",
                        Long.class,
                        graduate.email()))
                .isEqualTo(1);

        Verification verification =
                certificates.verify(certificate.displayCode().toLowerCase(Locale.ROOT));
        assertThat(verification.status()).isEqualTo(Verification.Status.VALID);
        assertThat(verification.certificate())
                .hasValueSatisfying(found -> assertThat(found.learnerName()).isEqualTo("marius Exemple"));
        assertThat(verification.modules()).hasSize(20);
    }

    @Test
    void a_learner_who_graduates_while_someone_else_is_signed_in_gets_the_certificate() {
        String learner = TestLearners.register(accounts, "octave");
        long id = TestLearners.accountId(jdbc, learner);

        as(
                ADMIN,
                AppRoles.ADMIN,
                () -> transaction.executeWithoutResult(
                        status -> events.publishEvent(new LearnerGraduated(id, Instant.now()))));

        assertThat(jdbc.queryForObject("select count(*) from certificate where account_id = ?", Integer.class, id))
                .isOne();
    }

    @Test
    void a_learner_who_has_not_graduated_has_no_certificate() {
        SignedInLearner learner = SignedInLearner.register(context, "noemie");

        assertThat(learner.does(() -> certificates.mine())).isEmpty();
        assertThat(learner.does(() -> documents.certificatePdf(Locale.FRENCH))).isEmpty();
        assertThat(learner.does(() -> documents.signedOpenBadge())).isEmpty();
        assertThat(learner.does(() -> documents.attestationPdf("premiers-pas", Locale.FRENCH)))
                .isEmpty();
    }

    @Test
    void unknown_and_malformed_codes_are_unknown() {
        assertThat(certificates.verify("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF").status())
                .isEqualTo(Verification.Status.UNKNOWN);
        assertThat(certificates.verify("n'importe quoi").status()).isEqualTo(Verification.Status.UNKNOWN);
        assertThat(certificates.verify("' OR 1=1 --").status()).isEqualTo(Verification.Status.UNKNOWN);
        assertThat(certificates.verify("").certificate()).isEmpty();
    }

    @Test
    void a_revoked_certificate_shows_as_revoked_with_its_reason_and_the_revocation_is_audited() {
        SignedInLearner revokedLearner = graduateNew("victor");
        String code = certificateOf(revokedLearner).displayCode();

        assertThatThrownBy(() -> as(ADMIN, AppRoles.ADMIN, () -> certificates.revoke(code, "  ")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(as(ADMIN, AppRoles.ADMIN, () -> certificates.revoke(code, "Comptes partagés entre deux personnes")))
                .isTrue();
        assertThat(as(ADMIN, AppRoles.ADMIN, () -> certificates.revoke(code, "Deuxième fois")))
                .isFalse();

        Verification verification = certificates.verify(code);
        assertThat(verification.status()).isEqualTo(Verification.Status.REVOKED);
        assertThat(verification.certificate().orElseThrow().revokedReason())
                .hasValue("Comptes partagés entre deux personnes");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'CERTIFICATE_REVOKED' and detail like ?",
                        Long.class,
                        certificateOf(revokedLearner).code() + "%"))
                .isEqualTo(1);
    }

    @Test
    void only_administrators_revoke() {
        String code = certificateOf(graduate).displayCode();

        assertThatThrownBy(() -> graduate.does(() -> certificates.revoke(code, "moi-même")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(certificates.verify(code).status()).isEqualTo(Verification.Status.VALID);
    }

    @Test
    void the_pdf_names_the_learner_the_company_the_code_and_the_modules() throws Exception {
        CertificateDetails certificate = certificateOf(graduate);
        byte[] pdf =
                graduate.does(() -> documents.certificatePdf(Locale.FRENCH)).orElseThrow();

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(reader.getNumberOfPages()).isEqualTo(1);
        assertThat(text)
                .contains("marius Exemple", "Entreprise Exemple", certificate.displayCode(), "Certificat")
                .contains(curriculum.modules().getLast().title());
    }

    @Test
    void each_completed_module_has_its_attestation() throws Exception {
        byte[] pdf = graduate.does(() -> documents.attestationPdf("cybersecurite", Locale.FRENCH))
                .orElseThrow();

        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        assertThat(text).contains("Attestation de réussite", "marius Exemple", "Cybersécurité");
        assertThat(graduate.does(() -> documents.attestationPdf("inconnu", Locale.FRENCH)))
                .isEmpty();
    }

    @Test
    void the_open_badge_is_an_open_badges_3_credential_signed_with_the_published_key() throws Exception {
        CertificateDetails certificate = certificateOf(graduate);
        Map<String, Object> badge = graduate.does(() -> documents.openBadge()).orElseThrow();

        assertThat(badge.get("type")).isEqualTo(List.of("VerifiableCredential", "OpenBadgeCredential"));
        assertThat(String.valueOf(badge.get("@context")))
                .contains("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
        assertThat((String) badge.get("id")).endsWith("/verifier/" + certificate.displayCode());
        assertThat(badge.toString()).doesNotContain(graduate.email());

        SignedJWT jwt =
                SignedJWT.parse(graduate.does(() -> documents.signedOpenBadge()).orElseThrow());
        JWKSet published = JWKSet.parse(documents.publicKeys());
        RSAKey key = (RSAKey) published.getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
        assertThat(jwt.getJWTClaimsSet().getJWTID()).isEqualTo(badge.get("id"));
        assertThat(jwt.getJWTClaimsSet().getJSONObjectClaim("vc")).containsKey("credentialSubject");
    }

    @Test
    void over_http_verification_is_public_and_downloads_are_for_the_learner_signed_in() {
        SiteClient visitor = new SiteClient(port);
        String code = certificateOf(graduate).displayCode();
        assertThat(visitor.status("/verifier/" + code)).isEqualTo(200);
        assertThat(visitor.status("/verifier")).isEqualTo(200);
        assertThat(visitor.status("/api/badges/issuer")).isEqualTo(200);
        assertThat(visitor.getBytes("/mon-passeport/certificat.pdf").statusCode())
                .isNotEqualTo(200);

        SiteClient learner = new SiteClient(port);
        learner.signIn(graduate.email(), TestLearners.PASSWORD);
        HttpResponse<byte[]> pdf = learner.getBytes("/mon-passeport/certificat.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(value -> assertThat(value).contains("attachment"));
        assertThat(learner.getBytes("/mon-passeport/attestations/premiers-pas.pdf")
                        .statusCode())
                .isEqualTo(200);
        assertThat(learner.getBytes("/mon-passeport/attestations/inconnu.pdf").statusCode())
                .isEqualTo(404);
    }
}
