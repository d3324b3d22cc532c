package fr.passeportnumerique.directory;

import fr.passeportnumerique.account.AccountAdministration;
import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.account.AccountSummary;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.account.AuditLog;
import fr.passeportnumerique.account.Siret;
import fr.passeportnumerique.base.i18n.Dates;
import fr.passeportnumerique.base.i18n.Translations;
import fr.passeportnumerique.base.territory.Territories;
import fr.passeportnumerique.search.SearchContentChanged;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators accredit (or renew for three years), suspend, and link an expert's profile to the account that runs
 * it. Every change goes to the audit log.
 */
@Service
public class ExpertAdministration {

    static final int ACCREDITATION_YEARS = 3;
    static final int DEFAULT_CAPACITY = 2;
    static final String EXPERT_ACCREDITED = "EXPERT_ACCREDITED";
    static final String EXPERT_SUSPENDED = "EXPERT_SUSPENDED";
    static final String EXPERT_LINKED = "EXPERT_LINKED";

    private final ExpertRepository experts;
    private final AccountService accounts;
    private final AccountAdministration administration;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ExpertAdministration(
            ExpertRepository experts,
            AccountService accounts,
            AccountAdministration administration,
            AuditLog audit,
            ApplicationEventPublisher events,
            JdbcTemplate jdbc,
            Clock clock) {
        this.experts = experts;
        this.accounts = accounts;
        this.administration = administration;
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @RolesAllowed(AppRoles.ADMIN)
    public List<ExpertAdminRow> experts() {
        LocalDate today = Dates.today(clock);
        // Read flat: loading each expert's collections would take three queries an expert.
        return jdbc.query(
                "select id, company_name, accreditation_number, postcode, town, accredited_from, accredited_until,"
                        + " suspended, account_id from expert order by company_name, id",
                (row, index) -> {
                    LocalDate from = row.getDate("accredited_from").toLocalDate();
                    LocalDate until = row.getDate("accredited_until").toLocalDate();
                    long account = row.getLong("account_id");
                    Optional<Long> accountId = row.wasNull() ? Optional.empty() : Optional.of(account);
                    return new ExpertAdminRow(
                            row.getLong("id"),
                            row.getString("company_name"),
                            row.getString("accreditation_number"),
                            row.getString("postcode") + " " + row.getString("town"),
                            until,
                            Accreditation.on(today, from, until, row.getBoolean("suspended")),
                            accountId);
                });
    }

    /**
     * Accredits a new expert from today for three years, serving the département of their address, with no skill yet:
     * they complete their profile in their space. A taken accreditation number is refused.
     */
    @Transactional
    @RolesAllowed(AppRoles.ADMIN)
    public long accredit(NewExpert expert) {
        expert.problems().stream().findFirst().ifPresent(problem -> {
            throw new DirectoryException(problem);
        });
        String number = expert.accreditationNumber().strip().toUpperCase(Locale.ROOT);
        if (experts.existsByAccreditationNumber(number)) {
            throw new DirectoryException("expert-admin.problem.number-taken");
        }
        LocalDate today = Dates.today(clock);
        Contact contact = expert.contact().stripped();
        String departement = Territories.departementOfPostcode(contact.postcode())
                .orElseThrow()
                .code();
        Expert created = saveNew(new Expert(
                new ExpertProfile(
                        expert.companyName().strip(),
                        Siret.normalise(expert.siret()),
                        number,
                        today,
                        today.plusYears(ACCREDITATION_YEARS).minusDays(1),
                        contact,
                        false,
                        Set.of(departement),
                        Set.of(),
                        Map.of(),
                        DEFAULT_CAPACITY,
                        Set.of("fr"),
                        // A first presentation in French, the language the expert is listed with.
                        Translations.translate(
                                "expert-admin.new.presentation",
                                Translations.FRENCH,
                                expert.companyName().strip())),
                null,
                clock.instant()));
        record(EXPERT_ACCREDITED, created, "new, until " + created.profile().accreditedUntil());
        events.publishEvent(new SearchContentChanged());
        return created.getId();
    }

    /** Two administrators giving the same number at once: the database's unique key decides, and says so kindly. */
    private Expert saveNew(Expert expert) {
        try {
            return experts.saveAndFlush(expert);
        } catch (DataIntegrityViolationException taken) {
            throw new DirectoryException("expert-admin.problem.number-taken");
        }
    }

    /** Accredits from today for three years; a suspension is lifted. */
    @Transactional
    @RolesAllowed(AppRoles.ADMIN)
    public LocalDate renew(long expertId) {
        Expert expert = find(expertId);
        LocalDate today = Dates.today(clock);
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
                .orElseThrow(() -> new DirectoryException("expert-admin.error.account"));
        experts.findByAccountId(account.id()).ifPresent(previous -> {
            previous.linkTo(null);
            record(EXPERT_LINKED, previous, "unlinked from account " + account.id());
        });
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
        return experts.findById(expertId).orElseThrow(() -> new DirectoryException("expert-admin.error.not-found"));
    }
}
