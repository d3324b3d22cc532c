package fr.passeportnumerique.certificate;

import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.account.AccountSummary;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.account.CompanyDetails;
import fr.passeportnumerique.base.PasseportProperties;
import fr.passeportnumerique.base.i18n.Translations;
import fr.passeportnumerique.curriculum.CurriculumService;
import fr.passeportnumerique.curriculum.ModuleDetail;
import fr.passeportnumerique.learning.LearningService;
import fr.passeportnumerique.learning.Stamp;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in learner's documents: the certificate as PDF and Open Badge, and each module's attestation. */
@Service
public class CertificateDocuments {

    /** The badge is written in French ({@code inLanguage: fr}), whoever downloads it. */
    static final OpenBadgeCredential.Issuer ISSUER = new OpenBadgeCredential.Issuer(
            Translations.translate("app.name", Translations.FRENCH),
            Translations.translate("certificate.badge.issuer-description", Translations.FRENCH),
            Translations.translate("certificate.badge.name", Translations.FRENCH),
            Translations.translate("certificate.badge.description", Translations.FRENCH),
            Translations.translate("certificate.badge.criteria", Translations.FRENCH));

    private final CertificateService certificates;
    private final LearningService learning;
    private final CurriculumService curriculum;
    private final AccountService accounts;
    private final BadgeSigner signer;
    private final String publicUrl;

    CertificateDocuments(
            CertificateService certificates,
            LearningService learning,
            CurriculumService curriculum,
            AccountService accounts,
            BadgeSigner signer,
            PasseportProperties properties) {
        this.certificates = certificates;
        this.learning = learning;
        this.curriculum = curriculum;
        this.accounts = accounts;
        this.signer = signer;
        this.publicUrl = properties.publicUrl();
    }

    /** The address of a certificate's public verification page. */
    public String verificationUrl(CertificateDetails certificate) {
        return publicUrl + "verifier/" + certificate.displayCode();
    }

    @Transactional
    @RolesAllowed(AppRoles.LEARNER)
    public Optional<byte[]> certificatePdf(Locale locale) {
        return certificates
                .mine()
                .map(certificate ->
                        CertificatePdf.render(certificate, moduleLines(locale), verificationUrl(certificate), locale));
    }

    @Transactional
    @RolesAllowed(AppRoles.LEARNER)
    public Optional<Map<String, Object>> openBadge() {
        return credential().map(OpenBadgeCredential::json);
    }

    /** The same credential signed as a VC-JWT. */
    @Transactional
    @RolesAllowed(AppRoles.LEARNER)
    public Optional<String> signedOpenBadge() {
        return credential().map(signer::sign);
    }

    /** The attestation of a module the learner completed; empty for a module not completed. */
    @Transactional(readOnly = true)
    @RolesAllowed(AppRoles.LEARNER)
    public Optional<byte[]> attestationPdf(String moduleSlug, Locale locale) {
        Optional<Stamp> stamp = learning.passport().stream()
                .filter(candidate -> candidate.moduleSlug().equals(moduleSlug) && candidate.isStamped())
                .findFirst();
        Optional<AccountSummary> account = accounts.currentAccount();
        if (stamp.isEmpty() || account.isEmpty()) {
            return Optional.empty();
        }
        List<String> objectives =
                curriculum.module(moduleSlug).map(ModuleDetail::objectives).orElse(List.of());
        ModuleAttestation attestation = new ModuleAttestation(
                account.get().fullName(),
                account.get().company().map(CompanyDetails::name),
                stamp.get().moduleNumber(),
                stamp.get().moduleTitle(),
                stamp.get().lessonCount(),
                stamp.get().bestScore(),
                stamp.get().stampedAt().orElseThrow(),
                objectives);
        return Optional.of(AttestationPdf.render(attestation, locale));
    }

    /** The issuer's Open Badges profile, public. */
    @PermitAll
    public Map<String, Object> issuerProfile() {
        Map<String, Object> profile = new LinkedHashMap<>(ISSUER.profile(publicUrl));
        profile.put("@context", OpenBadgeCredential.CONTEXT);
        return profile;
    }

    @PermitAll
    public Map<String, Object> publicKeys() {
        return signer.publicKeys();
    }

    private Optional<OpenBadgeCredential> credential() {
        Optional<String> email = accounts.currentAccount().map(AccountSummary::email);
        return certificates
                .mine()
                .flatMap(certificate -> email.map(
                        address -> OpenBadgeCredential.of(certificate, address, publicUrl, moduleNames(), ISSUER)));
    }

    /** The modules as the certificate lists them: a module its quiz alone validated says so. */
    private List<String> moduleLines(Locale locale) {
        Set<String> byQuiz = learning.passport().stream()
                .filter(Stamp::validatedByQuiz)
                .map(Stamp::moduleSlug)
                .collect(Collectors.toSet());
        return curriculum.modules().stream()
                .map(module -> byQuiz.contains(module.slug())
                        ? Translations.translate(
                                "certificate.pdf.module.by-quiz", locale, module.number(), module.title())
                        : module.number() + ". " + module.title())
                .toList();
    }

    private List<String> moduleNames() {
        return curriculum.modules().stream()
                .map(module -> module.number() + ". " + module.title())
                .toList();
    }
}
