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
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return accounts.findByEmail(authentication.getName());
    }

    /** For methods that security already restricts to signed-in people. */
    UserAccount get() {
        return find().orElseThrow(() -> new IllegalStateException("No signed-in account"));
    }
}
