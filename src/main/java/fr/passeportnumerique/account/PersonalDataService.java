package fr.passeportnumerique.account;

import fr.passeportnumerique.account.security.AccountSessions;
import fr.passeportnumerique.base.database.RetriedOnConflict;
import fr.passeportnumerique.base.mail.MailOutbox;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** The person's rights over their data (RGPD): a copy of all of it, and the erasure of their account. */
@Service
public class PersonalDataService {

    private final UserAccountRepository accounts;
    private final List<PersonalDataProvider> providers;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SignedInAccount signedIn;
    private final AccountSessions sessions;
    private final MailOutbox outbox;
    private final JsonMapper json = JsonMapper.builder().build();

    PersonalDataService(
            UserAccountRepository accounts,
            List<PersonalDataProvider> providers,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock,
            SignedInAccount signedIn,
            AccountSessions sessions,
            MailOutbox outbox) {
        this.outbox = outbox;
        this.signedIn = signedIn;
        this.sessions = sessions;
        this.accounts = accounts;
        this.providers = providers;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Everything the platform keeps about the signed-in person, as JSON. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public byte[] exportMyData() {
        UserAccount account = current();
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("exportedAt", clock.instant().toString());
        export.put(
                "account",
                Map.of(
                        "email", account.getEmail(),
                        "fullName", account.getFullName(),
                        "roles", account.getRoles(),
                        "createdAt", account.getCreatedAt().toString()));
        account.getCompany().map(Company::details).ifPresent(company -> export.put("company", company));
        account.getWelcomePoint().map(WelcomePoint::details).ifPresent(point -> export.put("welcomePoint", point));
        for (PersonalDataProvider provider : providers) {
            export.put(provider.section(), provider.dataOf(account.getId()));
        }
        export.put("mails", outbox.mailsOf(account.getId(), account.getEmail()));
        export.put("auditTrail", audit.eventsAbout(account.getId()));
        audit.record(account.getId(), AuditLog.DATA_EXPORTED, account.getId(), "self");
        return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(export);
    }

    /** Erases the signed-in person's account and company; other features erase their part on the event. */
    @RetriedOnConflict
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void deleteMyAccount() {
        UserAccount account = current();
        long id = account.getId();
        // Listeners erase their feature's part in this transaction, while the account still exists (the expert card
        // points to it): a failure anywhere deletes nothing.
        events.publishEvent(new AccountDeleted(id));
        outbox.eraseMailsOf(id, account.getEmail());
        audit.eraseEventsAbout(id);
        accounts.delete(account);
        // The caller signs out the session making this request; every other one of the account ends now.
        sessions.endAllBut(
                account.getEmail(), AccountSessions.currentSessionId().orElse(null));
        audit.record(id, AuditLog.ACCOUNT_DELETED, id, "self");
    }

    private UserAccount current() {
        return signedIn.get();
    }
}
