package fr.passeportnumerique.account.security;

import fr.passeportnumerique.account.Registration;
import fr.passeportnumerique.account.ui.LoginView;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Sends a failed sign-in back to the sign-in page ({@code ?error}) as before, keeping in the session the e-mail
 * address typed, which the page shows again: after a wrong password, only the password is to be typed anew. The
 * password itself is never kept.
 */
final class TypedEmailKept extends SimpleUrlAuthenticationFailureHandler {

    TypedEmailKept(String failureUrl) {
        super(failureUrl);
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException, ServletException {
        String email = request.getParameter("username");
        HttpSession session = request.getSession(false);
        if (session != null && email != null && email.length() <= Registration.EMAIL_MAX_LENGTH) {
            session.setAttribute(LoginView.TYPED_EMAIL, email);
        }
        super.onAuthenticationFailure(request, response, exception);
    }
}
