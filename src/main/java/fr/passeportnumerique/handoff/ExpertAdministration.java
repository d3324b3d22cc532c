package fr.passeportnumerique.handoff;

import fr.passeportnumerique.account.AccountAdministration;
import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.account.AccountSummary;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.account.AuditLog;
import fr.passeportnumerique.account.Siret;
import fr.passeportnumerique.base.territory.Territories;
import fr.passeportnumerique.search.SearchContentChanged;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators accredit (or renew for three years), suspend, and link an expert's profile to the account that runs
 * it. Every change goes to the audit log.
 */
@Service
public class ExpertAdministration {

    public static final int ACCREDITATION_YEARS = 3;
    static final int DEFAULT_CAPACITY = 2;
    static final String EXPERT_ACCREDITED = "EXPERT_ACCREDITED";
    static final String EXPERT_SUSPENDED = "EXPERT_SUSPENDED";
    static final String EXPERT_LINKED = "EXPERT_LINKED";

    private final ExpertRepository experts;
    private final AccountService accounts;
    private final AccountAdministration administration;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ExpertAdministration(
            ExpertRepository experts,
            AccountService accounts,
            AccountAdministration administration,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.experts = experts;
        this.accounts = accounts;
        this.administration = administration;
        this.audit = audit;
        this.events = events;
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

    /**
     * Accredits a new expert from today for three years, serving the département of their address, with no skill yet:
     * they complete their profile in their space. A taken accreditation number is refused.
     */
    @Transactional
    @RolesAllowed(AppRoles.ADMIN)
    public long accredit(NewExpert expert) {
        expert.problems().stream().findFirst().ifPresent(problem -> {
            throw new HandoffException(problem);
        });
        String number = expert.accreditationNumber().strip().toUpperCase(java.util.Locale.ROOT);
        if (experts.existsByAccreditationNumber(number)) {
            throw new HandoffException("expert-admin.problem.number-taken");
        }
        LocalDate today = LocalDate.now(clock);
        String departement = Territories.departementOfPostcode(expert.postcode())
                .orElseThrow()
                .code();
        Expert created = experts.save(new Expert(
                new ExpertProfile(
                        expert.companyName().strip(),
                        Siret.normalise(expert.siret()),
                        number,
                        today,
                        today.plusYears(ACCREDITATION_YEARS).minusDays(1),
                        expert.contactName().strip(),
                        expert.email().strip(),
                        expert.phone().strip(),
                        expert.street().strip(),
                        expert.postcode(),
                        expert.town().strip(),
                        false,
                        java.util.Set.of(departement),
                        java.util.Set.of(),
                        java.util.Map.of(),
                        DEFAULT_CAPACITY,
                        java.util.Set.of("fr"),
                        expert.companyName().strip() + " est un expert agréé du programme Passeport numérique."),
                null,
                clock.instant()));
        record(EXPERT_ACCREDITED, created, "new, until " + created.profile().accreditedUntil());
        events.publishEvent(new SearchContentChanged());
        return created.getId();
    }

    /** Accredits from today for three years; a suspension is lifted. */
    @Transactional
    @RolesAllowed(AppRoles.ADMIN)
    public LocalDate renew(long expertId) {
        Expert expert = find(expertId);
        LocalDate today = LocalDate.now(clock);
        LocalDate until = today.plusYears(ACCREDITATION_YEARS).minusDays(1);
        expert.accredit(today, until);
        record(EXPERT_ACCREDITED, expert, "until " + until);
        events.publishEvent(new SearchContentChanged());
        return until;
    }

    @Transactional
    @RolesAllowed(AppRoles.ADMIN)
    public void suspend(long expertId) {
        Expert expert = find(expertId);
        expert.suspend();
        record(EXPERT_SUSPENDED, expert, "suspended");
        events.publishEvent(new SearchContentChanged());
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
        Expert expert = find(expertId);
        expert.linkTo(account.id());
        record(EXPERT_LINKED, expert, "linked to account " + account.id());
    }

    /** The audit log's subject is an account: the expert's, if linked; the expert is named in the detail. */
    private void record(String action, Expert expert, String what) {
        audit.record(
                accounts.currentAccountId(),
                action,
                expert.getAccountId(),
                "expert " + expert.getId() + " (" + expert.profile().accreditationNumber() + "): " + what);
    }

    private Expert find(long expertId) {
        return experts.findById(expertId).orElseThrow(() -> new HandoffException("expert-admin.error.not-found"));
    }
}
