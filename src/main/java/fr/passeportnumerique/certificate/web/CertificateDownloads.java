package fr.passeportnumerique.certificate.web;

import fr.passeportnumerique.base.i18n.Translations;
import fr.passeportnumerique.base.ui.LanguagePreference;
import fr.passeportnumerique.certificate.CertificateDocuments;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The learner's downloads: certificate (PDF, Open Badge JSON-LD, signed VC-JWT) and module attestations. Security
 * lets only signed-in learners reach them; a document not earned yet answers 404.
 */
@RestController
class CertificateDownloads {

    static final String PATH = "/mon-passeport/";
    private static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");
    private static final MediaType JWT = MediaType.parseMediaType("application/jwt");

    private final CertificateDocuments documents;

    CertificateDownloads(CertificateDocuments documents) {
        this.documents = documents;
    }

    @GetMapping(PATH + "certificat.pdf")
    ResponseEntity<byte[]> certificate(
            @CookieValue(name = LanguagePreference.COOKIE, required = false) String language) {
        return download(
                documents.certificatePdf(locale(language)),
                MediaType.APPLICATION_PDF,
                "passeport-numerique-certificat.pdf");
    }

    @GetMapping(PATH + "certificat-open-badge.json")
    ResponseEntity<Map<String, Object>> openBadge() {
        return download(documents.openBadge(), JSON_LD, "passeport-numerique-open-badge.json");
    }

    @GetMapping(PATH + "certificat-open-badge.jwt")
    ResponseEntity<String> signedOpenBadge() {
        return download(documents.signedOpenBadge(), JWT, "passeport-numerique-open-badge.jwt");
    }

    @GetMapping(PATH + "attestations/{module}.pdf")
    ResponseEntity<byte[]> attestation(
            @PathVariable String module,
            @CookieValue(name = LanguagePreference.COOKIE, required = false) String language) {
        return download(
                documents.attestationPdf(module, locale(language)),
                MediaType.APPLICATION_PDF,
                "attestation-" + module + ".pdf");
    }

    private static <T> ResponseEntity<T> download(Optional<T> body, MediaType type, String fileName) {
        return body.map(content -> ResponseEntity.ok()
                        .contentType(type)
                        .header(
                                HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.attachment()
                                        .filename(fileName)
                                        .build()
                                        .toString())
                        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                        .body(content))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static Locale locale(String language) {
        return language == null ? Translations.FRENCH : Translations.supported(Locale.forLanguageTag(language));
    }
}
