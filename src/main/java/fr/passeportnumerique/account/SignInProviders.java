package fr.passeportnumerique.account;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

/** Which outside providers one may sign in with here: none unless configured (README, decision 026). */
@Component
public class SignInProviders {

    public static final String FRANCECONNECT = "franceconnect";
    public static final String STAFF = "staff";
    /** Where a browser goes to sign in with a provider (Spring Security's authorization request). */
    public static final String START = "/oauth2/authorization/";

    private final ObjectProvider<ClientRegistrationRepository> registrations;

    SignInProviders(ObjectProvider<ClientRegistrationRepository> registrations) {
        this.registrations = registrations;
    }

    public boolean offers(String registrationId) {
        ClientRegistrationRepository repository = registrations.getIfAvailable();
        return repository != null && repository.findByRegistrationId(registrationId) != null;
    }
}
