package fr.passeportnumerique.account;

import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signing in through an outside provider. An identity signs in only once linked to an account: a business owner links
 * theirs by typing their password (never silently, even when the addresses match) or by registering; a staff member's
 * network provider is trusted by configuration, so their account is created or updated as the provider says.
 */
@Service
public class ExternalSignIn {

    private final ExternalIdentityRepository identities;
    private final UserAccountRepository accounts;
    private final WelcomePointRepository welcomePoints;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final Clock clock;

    ExternalSignIn(
            ExternalIdentityRepository identities,
            UserAccountRepository accounts,
            WelcomePointRepository welcomePoints,
            PasswordEncoder passwordEncoder,
            AuditLog audit,
            Clock clock) {
        this.identities = identities;
        this.accounts = accounts;
        this.welcomePoints = welcomePoints;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock;
    }

    /** The account this identity was linked to, if it was. */
    @Transactional(readOnly = true)
    @PermitAll
    public Optional<LinkedAccount> linkedAccount(String provider, String subject) {
        return identities
                .findByProviderAndSubject(provider, subject)
                .flatMap(identity -> accounts.findById(identity.getAccountId()))
                .filter(UserAccount::isEnabled)
                .map(ExternalSignIn::linked);
    }

    /** Whether an account has the address the provider vouches for: the person is then asked to link, not register. */
    @Transactional(readOnly = true)
    @PermitAll
    public boolean hasAccountToLink(ProviderIdentity identity) {
        return identity.emailVerified()
                && identity.email() != null
                && accounts.existsByEmail(EmailAddresses.canonical(identity.email()));
    }

    /** Links the identity to the account with its address when the password is that account's; false otherwise. */
    @Transactional
    @PermitAll
    public boolean linkWithPassword(ProviderIdentity identity, String password) {
        if (!hasAccountToLink(identity) || password == null || password.isEmpty()) {
            return false;
        }
        UserAccount account =
                accounts.findByEmail(EmailAddresses.canonical(identity.email())).orElseThrow();
        if (!account.isEnabled() || !passwordEncoder.matches(password, account.getPasswordHash())) {
            return false;
        }
        link(identity, account);
        return true;
    }

    /** Links the identity to the account its holder has just registered with the provider's details. */
    @Transactional
    @PermitAll
    public void linkNewAccount(ProviderIdentity identity, long accountId) {
        link(identity, accounts.findById(accountId).orElseThrow());
    }

    /**
     * A staff member's account as their provider describes them: found by the identity, else by the address, else
     * created (with a password nobody knows); their roles and welcome point follow the provider's. An existing account
     * whose address the provider does not say it verified is refused ({@link IllegalStateException}).
     */
    @Transactional
    @PermitAll
    public LinkedAccount signInStaff(StaffIdentity staff) {
        ProviderIdentity identity = staff.identity();
        Optional<UserAccount> known = identities
                .findByProviderAndSubject(identity.provider(), identity.subject())
                .flatMap(link -> accounts.findById(link.getAccountId()));
        // An address the provider does not vouch for never opens an existing account.
        UserAccount account = known.or(() -> accounts.findByEmail(EmailAddresses.canonical(identity.email()))
                        .map(existing -> {
                            if (!identity.emailVerified()) {
                                throw new IllegalStateException("Unverified address of an existing account");
                            }
                            return existing;
                        }))
                .orElseGet(() -> accounts.save(new UserAccount(
                        identity.email(),
                        identity.fullName(),
                        passwordEncoder.encode(UUID.randomUUID().toString()),
                        staff.roles(),
                        clock.instant())));
        if (known.isEmpty()) {
            link(identity, account);
        }
        if (!account.getRoles().equals(staff.roles())) {
            account.replaceRoles(staff.roles());
            audit.record(null, "ROLES_FROM_PROVIDER", account.getId(), identity.provider() + ": " + staff.roles());
        }
        if (staff.welcomePointId() != null) {
            welcomePoints.findById(staff.welcomePointId()).ifPresent(account::joinWelcomePoint);
        }
        return linked(account);
    }

    private void link(ProviderIdentity identity, UserAccount account) {
        identities.save(
                new ExternalIdentity(identity.provider(), identity.subject(), account.getId(), clock.instant()));
        audit.record(account.getId(), "EXTERNAL_IDENTITY_LINKED", account.getId(), identity.provider());
    }

    private static LinkedAccount linked(UserAccount account) {
        return new LinkedAccount(account.getEmail(), account.getRoles());
    }
}
