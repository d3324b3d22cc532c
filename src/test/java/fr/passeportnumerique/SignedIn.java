package fr.passeportnumerique;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** Calls services as a signed-in person with one role, as the web layer would after sign-in. */
public final class SignedIn {

    private SignedIn() {}

    public static <T> T as(String email, String role, Supplier<T> call) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        email, null, AuthorityUtils.createAuthorityList("ROLE_" + role)));
        try {
            return call.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    public static void as(String email, String role, Runnable call) {
        as(email, role, () -> {
            call.run();
            return null;
        });
    }
}
