package fr.passeportnumerique.handoff;

import fr.passeportnumerique.account.AccountAdministration;
import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.account.AccountSummary;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.account.AuditLog;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators accredit (or renew for three years), suspend, and link an expert's profile to the account that runs
 * it. Every change goes to the audit log.
 */
@Service
public class ExpertAdministration {

    public static final int ACCREDITATION_YEARS = 3;
    static final String EXPERT_ACCREDITED = "EXPERT_ACCREDITED";
    static final String EXPERT_SUSPENDED = "EXPERT_SUSPENDED";
    static final String EXPERT_LINKED = "EXPERT_LINKED";

    private final ExpertRepository experts;
    private final AccountService accounts;
    private final AccountAdministration administration;
    private final AuditLog audit;
    private final Clock clock;

    ExpertAdministration(
            ExpertRepository experts,
            AccountService accounts,
            AccountAdministration administration,
            AuditLog audit,
            Clock clock) {
        this.experts = experts;
        this.accounts = accounts;
        this.administration = administration;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @RolesAllowed(AppRoles.ADMIN)
    public List<ExpertAdminRow> experts() {
        LocalDate today = LocalDate.now(clock);
        return experts.findAll().stream()
                .map(expert -> {
                    ExpertProfile profile = expert.profile();
                    return new ExpertAdminRow(
                            expert.getId(),
                            profile.companyName(),
                            profile.accreditationNumber(),
                            profile.postcode() + " " + profile.town(),
                            profile.accreditedUntil(),
                            expert.accreditationOn(today),
                            Optional.ofNullable(expert.getAccountId()));
                })
                .sorted(Comparator.comparing(ExpertAdminRow::companyName).thenComparingLong(ExpertAdminRow::id))
                .toList();
    }

    /** Accredits from today for three years; a suspension is lifted. */
    @Transactional
    @RolesAllowed(AppRoles.ADMIN)
    public LocalDate renew(long expertId) {
        Expert expert = find(expertId);
        LocalDate today = LocalDate.now(clock);
        LocalDate until = today.plusYears(ACCREDITATION_YEARS).minusDays(1);
        expert.accredit(today, until);
        audit.record(accounts.currentAccountId(), EXPERT_ACCREDITED, expertId, "until " + until);
        return until;
    }

    @Transactional
    @RolesAllowed(AppRoles.ADMIN)
    public void suspend(long expertId) {
        find(expertId).suspend();
        audit.record(accounts.currentAccountId(), EXPERT_SUSPENDED, expertId, null);
    }

    /** Links the profile to an account holding the expert role; another link to that account is undone first. */
    @Transactional
    @RolesAllowed(AppRoles.ADMIN)
    public void link(long expertId, String email) {
        AccountSummary account = administration
                .findByEmail(email)
                .filter(found -> found.roles().contains(AppRoles.EXPERT))
                .orElseThrow(() -> new HandoffException("expert-admin.error.account"));
        experts.findByAccountId(account.id()).ifPresent(previous -> previous.linkTo(null));
        experts.flush();
        find(expertId).linkTo(account.id());
        audit.record(accounts.currentAccountId(), EXPERT_LINKED, expertId, "account " + account.id());
    }

    private Expert find(long expertId) {
        return experts.findById(expertId).orElseThrow(() -> new HandoffException("expert-admin.error.not-found"));
    }
}
