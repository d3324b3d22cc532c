package fr.passeportnumerique.account.security;

import fr.passeportnumerique.account.ProviderIdentity;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/** A provider's identity that no account holds yet: the person links it or registers, and is not signed in. */
final class UnlinkedIdentity extends OAuth2AuthenticationException {

    private final transient ProviderIdentity identity;

    UnlinkedIdentity(ProviderIdentity identity) {
        super(new OAuth2Error("unlinked_identity"), "This identity is linked to no account");
        this.identity = identity;
    }

    ProviderIdentity identity() {
        return identity;
    }
}
