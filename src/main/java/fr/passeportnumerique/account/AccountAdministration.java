package fr.passeportnumerique.account;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Administrators see every account and change roles; each change is written to the audit log. */
@Service
public class AccountAdministration {

    private final UserAccountRepository accounts;
    private final AuditLog audit;
    private final SignedInAccount signedIn;

    AccountAdministration(UserAccountRepository accounts, AuditLog audit, SignedInAccount signedIn) {
        this.accounts = accounts;
        this.audit = audit;
        this.signedIn = signedIn;
    }

    @Transactional(readOnly = true)
    @RolesAllowed(AppRoles.ADMIN)
    public List<AccountSummary> accounts() {
        return accounts.findAllByOrderByEmail().stream()
                .map(AccountService::summary)
                .toList();
    }

    /** The account with this e-mail address, if any (compared as stored: trimmed, lower case). */
    @Transactional(readOnly = true)
    @RolesAllowed(AppRoles.ADMIN)
    public Optional<AccountSummary> findByEmail(String email) {
        return accounts.findByEmail(EmailAddresses.canonical(email)).map(AccountService::summary);
    }

    /** Gives an account exactly these roles (at least one); an administrator cannot remove their own. */
    @Transactional
    @RolesAllowed(AppRoles.ADMIN)
    public void changeRoles(long accountId, Set<String> roles) {
        if (roles.isEmpty() || !AppRoles.ALL.containsAll(roles)) {
            throw new IllegalArgumentException("Unknown or empty roles: " + roles);
        }
        UserAccount admin = signedIn.get();
        UserAccount account =
                accounts.findById(accountId).orElseThrow(() -> new IllegalArgumentException("No account " + accountId));
        if (account.getId().equals(admin.getId()) && !roles.contains(AppRoles.ADMIN)) {
            throw new IllegalArgumentException("An administrator cannot remove their own administrator role");
        }
        Set<String> before = new TreeSet<>(account.getRoles());
        account.replaceRoles(roles);
        audit.record(admin.getId(), AuditLog.ROLES_CHANGED, account.getId(), before + " -> " + new TreeSet<>(roles));
    }
}
