package fr.passeportnumerique;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** Calls services as a signed-in person with one role, as the web layer would after sign-in. */
public final class SignedIn {

    private SignedIn() {}

    /** The person signed in before (a view test's) is signed in again afterwards. */
    public static <T> T as(String email, String role, Supplier<T> call) {
        Authentication before = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        email, null, AuthorityUtils.createAuthorityList("ROLE_" + role)));
        try {
            return call.get();
        } finally {
            SecurityContextHolder.clearContext();
            if (before != null) {
                SecurityContextHolder.getContext().setAuthentication(before);
            }
        }
    }

    public static void as(String email, String role, Runnable call) {
        as(email, role, () -> {
            call.run();
            return null;
        });
    }
}
