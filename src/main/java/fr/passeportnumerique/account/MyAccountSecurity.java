package fr.passeportnumerique.account;

import fr.passeportnumerique.account.security.AccountSessions;
import fr.passeportnumerique.base.database.RetriedOnConflict;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in person's own sign-in: changing their password, ending their sessions on other devices. */
@Service
public class MyAccountSecurity {

    private final SignedInAccount signedIn;
    private final PasswordEncoder encoder;
    private final AccountSessions sessions;
    private final AuditLog audit;
    private final PasswordPolicy policy = new PasswordPolicy();

    MyAccountSecurity(SignedInAccount signedIn, PasswordEncoder encoder, AccountSessions sessions, AuditLog audit) {
        this.signedIn = signedIn;
        this.encoder = encoder;
        this.sessions = sessions;
        this.audit = audit;
    }

    /**
     * Sets a new password if the current one is right and the new one acceptable (throws, changing nothing,
     * otherwise); then every session of the account ends but the one with {@code keptSessionId}.
     */
    @RetriedOnConflict
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changeMyPassword(String currentPassword, String newPassword, String keptSessionId) {
        UserAccount account = signedIn.get();
        if (currentPassword == null || !encoder.matches(currentPassword, account.getPasswordHash())) {
            throw new PasswordChangeException("my-security.error.current-password");
        }
        policy.problem(newPassword).ifPresent(key -> {
            throw new PasswordChangeException(key);
        });
        account.changePassword(encoder.encode(newPassword));
        audit.record(account.getId(), AuditLog.PASSWORD_SET, account.getId(), "changed while signed in");
        sessions.endAllBut(account.getEmail(), keptSessionId);
    }

    /** Ends every session of the account but the one with {@code keptSessionId}; the caller signs that one out. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public void endMyOtherSessions(String keptSessionId) {
        sessions.endAllBut(signedIn.get().getEmail(), keptSessionId);
    }
}
