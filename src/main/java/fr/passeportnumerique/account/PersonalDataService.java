package fr.passeportnumerique.account;

import fr.passeportnumerique.account.security.AccountSessions;
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
    private final JsonMapper json = JsonMapper.builder().build();

    PersonalDataService(
            UserAccountRepository accounts,
            List<PersonalDataProvider> providers,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock,
            SignedInAccount signedIn,
            AccountSessions sessions) {
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
        audit.record(account.getId(), AuditLog.DATA_EXPORTED, account.getId(), "self");
        return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(export);
    }

    /** Erases the signed-in person's account and company; other features erase their part on the event. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void deleteMyAccount() {
        UserAccount account = current();
        long id = account.getId();
        accounts.delete(account);
        // The caller signs out the session making this request; every other one of the account ends now.
        sessions.endAllBut(
                account.getEmail(), AccountSessions.currentSessionId().orElse(null));
        audit.record(id, AuditLog.ACCOUNT_DELETED, id, "self");
        events.publishEvent(new AccountDeleted(id));
    }

    private UserAccount current() {
        return signedIn.get();
    }
}
