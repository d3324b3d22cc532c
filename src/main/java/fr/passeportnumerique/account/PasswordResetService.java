package fr.passeportnumerique.account;

import fr.passeportnumerique.account.security.AccountSessions;
import fr.passeportnumerique.base.PasseportProperties;
import fr.passeportnumerique.base.database.RetriedOnConflict;
import fr.passeportnumerique.base.i18n.Translations;
import fr.passeportnumerique.base.mail.Mail;
import fr.passeportnumerique.base.mail.MailOutbox;
import fr.passeportnumerique.base.ratelimit.RateLimit;
import fr.passeportnumerique.base.ratelimit.TooManyRequestsException;
import fr.passeportnumerique.base.web.ClientAddress;
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
    public static final int RESETS_PER_ACCOUNT_PER_HOUR = 3;
    public static final int RESETS_PER_CLIENT_PER_HOUR = 10;

    private final UserAccountRepository accounts;
    private final AccountTokenRepository tokens;
    private final PasswordEncoder encoder;
    private final MailOutbox outbox;
    private final ExternalIdentityRepository identities;
    private final AuditLog audit;
    private final Clock clock;
    private final AccountSessions sessions;
    private final String publicUrl;
    private final PasswordPolicy policy = new PasswordPolicy();
    private final RateLimit resetsPerAccount;
    private final RateLimit resetsPerClient;

    PasswordResetService(
            UserAccountRepository accounts,
            AccountTokenRepository tokens,
            PasswordEncoder encoder,
            MailOutbox outbox,
            AuditLog audit,
            Clock clock,
            AccountSessions sessions,
            ExternalIdentityRepository identities,
            PasseportProperties properties) {
        this.sessions = sessions;
        this.identities = identities;
        this.accounts = accounts;
        this.tokens = tokens;
        this.encoder = encoder;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
        this.publicUrl = properties.publicUrl();
        this.resetsPerAccount = RateLimit.perPeriod(clock, RESETS_PER_ACCOUNT_PER_HOUR, Duration.ofHours(1));
        this.resetsPerClient = RateLimit.perPeriod(clock, RESETS_PER_CLIENT_PER_HOUR, Duration.ofHours(1));
    }

    /**
     * Sends a reset link if the address has an account; the caller shows the same answer either way. An account gets
     * at most {@value #RESETS_PER_ACCOUNT_PER_HOUR} links an hour, each cancelling the earlier ones (past that, nothing
     * is sent and the answer is the same); a client address may ask {@value #RESETS_PER_CLIENT_PER_HOUR} times an
     * hour, past which it is told how long to wait ({@link TooManyRequestsException}).
     */
    @Transactional
    @PermitAll
    public void requestReset(String email, Locale locale) {
        ClientAddress.current().flatMap(resetsPerClient::take).ifPresent(wait -> {
            throw new TooManyRequestsException(wait);
        });
        accounts.findByEmail(EmailAddresses.canonical(email))
                .filter(UserAccount::isEnabled)
                .filter(account ->
                        resetsPerAccount.take("account:" + account.getId()).isEmpty())
                .ifPresent(account -> {
                    if (identities.existsByAccountIdAndProvider(account.getId(), SignInProviders.STAFF)) {
                        sendNetworkSignInReminder(account, locale);
                        return;
                    }
                    tokens.useAllOf(account.getId(), clock.instant());
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

    /**
     * A network's staff sign in with their network's account, which their network may close: no password of ours
     * would let them in after it did. They are told where to sign in instead of given a link.
     */
    private void sendNetworkSignInReminder(UserAccount account, Locale locale) {
        outbox.send(new Mail(
                        account.getEmail(),
                        Translations.translate("mail.reset.network.subject", locale),
                        Translations.translate(
                                "mail.reset.network.body", locale, account.getFullName(), publicUrl + "connexion"))
                .about(account.getId(), account.getId()));
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
    @RetriedOnConflict
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
