package fr.passeportnumerique.account.security;

import fr.passeportnumerique.account.ExternalSignIn;
import fr.passeportnumerique.account.ProviderIdentity;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Where a provider's sign-in that gave no account leads: an identity awaiting its link to « Relier votre compte » (an
 * account has its address) or to registration, pre-filled; a staff member without a role, and anything refused (a
 * state or nonce that does not match, a token that does not verify), to a page saying so.
 */
final class ExternalSignInFailure implements AuthenticationFailureHandler {

    static final String LINK_PAGE = "/relier-compte";
    static final String REGISTER_PAGE = "/inscription";
    static final String REFUSED_PAGE = "/connexion-refusee";

    private final ExternalSignIn signIn;
    private final RedirectStrategy redirect = new DefaultRedirectStrategy();

    ExternalSignInFailure(ExternalSignIn signIn) {
        this.signIn = signIn;
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        if (exception instanceof UnlinkedIdentity unlinked) {
            ProviderIdentity identity = unlinked.identity();
            request.getSession().setAttribute(ProviderIdentity.AWAITING_LINK, identity);
            redirect.sendRedirect(request, response, signIn.hasAccountToLink(identity) ? LINK_PAGE : REGISTER_PAGE);
            return;
        }
        request.getSession().removeAttribute(ProviderIdentity.AWAITING_LINK);
        boolean noRole = exception instanceof OAuth2AuthenticationException oauth
                && ExternalOidcUsers.NO_ROLE.equals(oauth.getError().getErrorCode());
        redirect.sendRedirect(request, response, REFUSED_PAGE + (noRole ? "?role" : ""));
    }
}
