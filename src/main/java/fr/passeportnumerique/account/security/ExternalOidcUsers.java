package fr.passeportnumerique.account.security;

import fr.passeportnumerique.account.ExternalSignIn;
import fr.passeportnumerique.account.LinkedAccount;
import fr.passeportnumerique.account.ProviderIdentity;
import fr.passeportnumerique.account.SignInProviders;
import fr.passeportnumerique.account.StaffIdentity;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Turns the person a provider vouches for (its ID token already checked by Spring: signature, issuer, audience, nonce)
 * into one of the site's accounts: a linked FranceConnect identity signs in as its account, an unlinked one is refused
 * with what it needs ({@link UnlinkedIdentity}); staff sign in with the roles their claim maps to, or not at all.
 */
class ExternalOidcUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String STAFF = SignInProviders.STAFF;
    static final String NO_ROLE = "no_role";

    private final OidcUserService provider = new OidcUserService();
    private final ExternalSignIn signIn;
    private final StaffRoleMapping staffRoles;

    ExternalOidcUsers(ExternalSignIn signIn, StaffRoleMapping staffRoles) {
        this.signIn = signIn;
        this.staffRoles = staffRoles;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = provider.loadUser(request);
        ProviderIdentity identity = identityOf(request.getClientRegistration().getRegistrationId(), user);
        LinkedAccount account = STAFF.equals(identity.provider()) ? staff(identity, user) : linked(identity);
        return new AccountOidcUser(account, user);
    }

    private LinkedAccount linked(ProviderIdentity identity) {
        return signIn.linkedAccount(identity.provider(), identity.subject())
                .orElseThrow(() -> new UnlinkedIdentity(identity));
    }

    private LinkedAccount staff(ProviderIdentity identity, OidcUser user) {
        var roles = staffRoles.rolesOf(user.getClaims());
        if (roles.isEmpty() || identity.email() == null) {
            throw new OAuth2AuthenticationException(new OAuth2Error(NO_ROLE), "No role for this staff member");
        }
        try {
            return signIn.signInStaff(new StaffIdentity(identity, roles, staffRoles.welcomePointOf(user.getClaims())));
        } catch (IllegalStateException unverified) {
            throw new OAuth2AuthenticationException(new OAuth2Error("unverified_email"), unverified.getMessage());
        }
    }

    private static ProviderIdentity identityOf(String provider, OidcUser user) {
        String fullName = Optional.ofNullable(user.getFullName())
                .filter(name -> !name.isBlank())
                .orElseGet(() -> (Optional.ofNullable(user.getGivenName()).orElse("") + " "
                                + Optional.ofNullable(user.getFamilyName()).orElse(""))
                        .strip());
        // FranceConnect's identity providers vouch for the address; a provider saying otherwise is believed.
        boolean verified = !Boolean.FALSE.equals(user.getEmailVerified());
        return new ProviderIdentity(
                provider,
                user.getSubject(),
                user.getEmail(),
                verified,
                fullName.isBlank() ? Optional.ofNullable(user.getEmail()).orElse("") : fullName);
    }

    /** The provider's person, named by the account's address and holding the account's roles. */
    static final class AccountOidcUser extends DefaultOidcUser {

        private final String email;

        AccountOidcUser(LinkedAccount account, OidcUser user) {
            super(
                    account.roles().stream()
                            .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                            .collect(Collectors.toSet()),
                    user.getIdToken(),
                    user.getUserInfo());
            this.email = account.email();
        }

        @Override
        public String getName() {
            return email;
        }
    }
}
