package fr.passeportnumerique.certificate.web;

import fr.passeportnumerique.certificate.CertificateDocuments;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Public: the Open Badges issuer profile and the keys that verify its signed credentials. */
@RestController
class BadgeIssuerApi {

    private final CertificateDocuments documents;

    BadgeIssuerApi(CertificateDocuments documents) {
        this.documents = documents;
    }

    @GetMapping(value = "/api/badges/issuer", produces = "application/ld+json")
    Map<String, Object> issuer() {
        return documents.issuerProfile();
    }

    @GetMapping(value = "/api/badges/jwks.json", produces = "application/json")
    Map<String, Object> keys() {
        return documents.publicKeys();
    }
}
