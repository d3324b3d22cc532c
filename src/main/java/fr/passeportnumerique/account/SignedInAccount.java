package fr.passeportnumerique.account;

import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The account of the person making the current request. */
@Component
class SignedInAccount {

    private final UserAccountRepository accounts;

    SignedInAccount(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    Optional<UserAccount> find() {
        return authentication().flatMap(authentication -> accounts.findByEmail(authentication.getName()));
    }

    /**
     * The account's id: carried by the sign-in ({@link AccountUser}) without a read; looked up by address only for an
     * authentication made elsewhere.
     */
    Optional<Long> id() {
        return authentication()
                .flatMap(authentication -> authentication.getPrincipal() instanceof AccountUser user
                        ? Optional.of(user.accountId())
                        : accounts.findByEmail(authentication.getName()).map(UserAccount::getId));
    }

    private static Optional<Authentication> authentication() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(authentication);
    }

    /** For methods that security already restricts to signed-in people. */
    UserAccount get() {
        return find().orElseThrow(() -> new IllegalStateException("No signed-in account"));
    }
}
