package fr.passeportnumerique.certificate;

import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.account.AccountSummary;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.account.AuditLog;
import fr.passeportnumerique.account.CompanyDetails;
import fr.passeportnumerique.curriculum.CurriculumService;
import fr.passeportnumerique.learning.LearnerGraduated;
import fr.passeportnumerique.learning.LearningService;
import fr.passeportnumerique.learning.Stamp;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues the "Passeport numérique" certificate to graduates, verifies codes for anyone, and lets administrators
 * revoke a certificate (which then shows as revoked, never as unknown).
 */
@Service
public class CertificateService {

    static final String CERTIFICATE_REVOKED = "CERTIFICATE_REVOKED";
    static final int REASON_MAX_LENGTH = 500;

    private final CertificateRepository certificates;
    private final LearningService learning;
    private final CurriculumService curriculum;
    private final AccountService accounts;
    private final AuditLog audit;
    private final Clock clock;

    CertificateService(
            CertificateRepository certificates,
            LearningService learning,
            CurriculumService curriculum,
            AccountService accounts,
            AuditLog audit,
            Clock clock) {
        this.certificates = certificates;
        this.learning = learning;
        this.curriculum = curriculum;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Issues the certificate as the learner graduates, in the same transaction, whoever caused it: the learner's own
     * quiz, or a publication that completed their passport while someone else was signed in.
     */
    @EventListener
    @Transactional
    public void onGraduated(LearnerGraduated graduated) {
        accounts.summaryOf(graduated.accountId()).ifPresent(this::issueIfAbsent);
    }

    /** The signed-in learner's certificate: empty until they graduate. */
    @Transactional
    @RolesAllowed(AppRoles.LEARNER)
    public Optional<CertificateDetails> mine() {
        if (!learning.passport().stream().allMatch(Stamp::isStamped)) {
            return Optional.empty();
        }
        return accounts.currentAccount().map(this::issueIfAbsent);
    }

    /** What anyone may know of a certificate from its code. Any input is safe: a malformed code is unknown. */
    @Transactional(readOnly = true)
    @PermitAll
    public Verification verify(String typedCode) {
        Optional<Certificate> certificate =
                CertificateCodes.normalize(typedCode).flatMap(certificates::findByCode);
        if (certificate.isEmpty()) {
            return Verification.unknown();
        }
        CertificateDetails details = certificate.get().details();
        List<String> modules = curriculum.modules().stream()
                .map(module -> module.number() + ". " + module.title())
                .toList();
        return new Verification(
                details.isRevoked() ? Verification.Status.REVOKED : Verification.Status.VALID,
                Optional.of(details),
                modules);
    }

    /** Answers false when the code is unknown or the certificate was already revoked. */
    @Transactional
    @RolesAllowed(AppRoles.ADMIN)
    public boolean revoke(String typedCode, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > REASON_MAX_LENGTH) {
            throw new IllegalArgumentException("A reason of 1 to " + REASON_MAX_LENGTH + " characters is required");
        }
        Optional<Certificate> certificate =
                CertificateCodes.normalize(typedCode).flatMap(certificates::findByCode);
        if (certificate.isEmpty() || !certificate.get().revoke(why, clock.instant())) {
            return false;
        }
        audit.record(
                accounts.currentAccountId(),
                CERTIFICATE_REVOKED,
                certificate.get().getAccountId(),
                certificate.get().details().code() + ": " + why);
        return true;
    }

    /** The latest certificates, newest first, for administrators. */
    @Transactional(readOnly = true)
    @RolesAllowed(AppRoles.ADMIN)
    public List<CertificateDetails> latest() {
        return certificates.findTop200ByOrderByIssuedAtDesc().stream()
                .map(Certificate::details)
                .toList();
    }

    private CertificateDetails issueIfAbsent(AccountSummary account) {
        Optional<Certificate> issued = certificates.findByAccountId(account.id());
        if (issued.isPresent()) {
            return issued.get().details();
        }
        certificates.insertIfAbsent(
                CertificateCodes.generate(),
                account.id(),
                account.fullName(),
                account.company().map(CompanyDetails::name).orElse(null),
                clock.instant());
        return certificates.findByAccountId(account.id()).orElseThrow().details();
    }
}
