package fr.passeportnumerique.account;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in person as Spring Security keeps them for the session: with their account id, so that services know
 * whose data to read without looking the account up by e-mail at every call. Equal, as any {@link User}, by address.
 */
final class AccountUser extends User {

    private final long accountId;

    AccountUser(UserAccount account, Collection<? extends GrantedAuthority> authorities) {
        super(account.getEmail(), account.getPasswordHash(), account.isEnabled(), true, true, true, authorities);
        this.accountId = account.getId();
    }

    long accountId() {
        return accountId;
    }
}
