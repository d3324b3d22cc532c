package fr.passeportnumerique.account;

import fr.passeportnumerique.account.security.AccountSessions;
import fr.passeportnumerique.base.PasseportProperties;
import fr.passeportnumerique.base.i18n.Translations;
import fr.passeportnumerique.base.mail.Mail;
import fr.passeportnumerique.base.mail.MailOutbox;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting a password through a one-time link sent by e-mail: after "forgotten password", or to finish an
 * invitation. A link works once, for a limited time; using it cancels the person's other pending links.
 */
@Service
public class PasswordResetService {

    public static final Duration RESET_VALIDITY = Duration.ofMinutes(30);
    public static final String NEW_PASSWORD_PATH = "nouveau-mot-de-passe";
    public static final String TOKEN_PARAMETER = "jeton";

    private final UserAccountRepository accounts;
    private final AccountTokenRepository tokens;
    private final PasswordEncoder encoder;
    private final MailOutbox outbox;
    private final AuditLog audit;
    private final Clock clock;
    private final AccountSessions sessions;
    private final String publicUrl;
    private final PasswordPolicy policy = new PasswordPolicy();

    PasswordResetService(
            UserAccountRepository accounts,
            AccountTokenRepository tokens,
            PasswordEncoder encoder,
            MailOutbox outbox,
            AuditLog audit,
            Clock clock,
            AccountSessions sessions,
            PasseportProperties properties) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.tokens = tokens;
        this.encoder = encoder;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
        this.publicUrl = properties.publicUrl();
    }

    /** Sends a reset link if the address has an account; the caller shows the same answer either way. */
    @Transactional
    @PermitAll
    public void requestReset(String email, Locale locale) {
        accounts.findByEmail(UserAccount.normaliseEmail(email))
                .filter(UserAccount::isEnabled)
                .ifPresent(account -> {
                    String link = newLink(account, AccountToken.Purpose.PASSWORD_RESET, RESET_VALIDITY);
                    outbox.send(new Mail(
                                    account.getEmail(),
                                    Translations.translate("mail.reset.subject", locale),
                                    Translations.translate(
                                            "mail.reset.body",
                                            locale,
                                            account.getFullName(),
                                            link,
                                            RESET_VALIDITY.toMinutes()))
                            .withOneTimeSecret()
                            .about(account.getId(), account.getId()));
                });
    }

    @Transactional(readOnly = true)
    @PermitAll
    public boolean isUsable(String secret) {
        return secret != null
                && tokens.findByTokenHash(TokenSecrets.hash(secret))
                        .map(token -> token.isUsable(clock.instant()))
                        .orElse(false);
    }

    /** Sets the password of the link's account; throws, changing nothing, when the link or the password is refused. */
    @Transactional
    @PermitAll
    public void setPassword(String secret, String newPassword) {
        Instant now = clock.instant();
        AccountToken token = tokens.findByTokenHash(TokenSecrets.hash(secret == null ? "" : secret))
                .filter(candidate -> candidate.isUsable(now))
                .orElseThrow(() -> new PasswordChangeException("new-password.error.link"));
        policy.problem(newPassword).ifPresent(key -> {
            throw new PasswordChangeException(key);
        });
        UserAccount account = accounts.findById(token.getAccountId())
                .orElseThrow(() -> new PasswordChangeException("new-password.error.link"));
        account.changePassword(encoder.encode(newPassword));
        tokens.useAllOf(account.getId(), now);
        audit.record(account.getId(), AuditLog.PASSWORD_SET, account.getId(), "one-time link");
        // Whoever had the old password (or a stolen session) is signed out everywhere.
        sessions.endAll(account.getEmail());
    }

    String newLink(UserAccount account, AccountToken.Purpose purpose, Duration validity) {
        String secret = TokenSecrets.newSecret();
        Instant now = clock.instant();
        tokens.save(new AccountToken(account.getId(), purpose, TokenSecrets.hash(secret), now, now.plus(validity)));
        return publicUrl + NEW_PASSWORD_PATH + "?" + TOKEN_PARAMETER + "=" + secret;
    }
}
