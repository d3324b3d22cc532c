package fr.passeportnumerique.account.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeportnumerique.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

@IntegrationTest
class LoginThrottleFilterIT {

    @Autowired
    LoginThrottle throttle;

    private LoginThrottleFilter filter;

    @BeforeEach
    void newFilter() {
        filter = new LoginThrottleFilter(throttle, "/connexion");
    }

    private MockFilterChain signIn(String email, String password) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/connexion");
        request.setServletPath("/connexion");
        request.setRemoteAddr("192.0.2.10");
        request.addParameter("username", email);
        request.addParameter("password", password);
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, new MockHttpServletResponse(), chain);
        return chain;
    }

    @Test
    void a_password_longer_than_the_policy_allows_is_a_failure_never_checked() throws Exception {
        MockFilterChain chain = signIn("lea@example.org", "p".repeat(2_000_000));

        assertThat(chain.getRequest()).as("the password check was reached").isNull();
    }

    @Test
    void an_address_longer_than_any_account_has_is_a_failure_never_checked() throws Exception {
        MockFilterChain chain = signIn("a".repeat(300) + "@example.org", "Tulipe-Rose-Pivoine-2026");

        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void a_sensible_attempt_goes_on_to_the_password_check() throws Exception {
        MockFilterChain chain = signIn("lea@example.org", "Tulipe-Rose-Pivoine-2026");

        assertThat(chain.getRequest()).isNotNull();
    }
}
