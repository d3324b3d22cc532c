package fr.passeportnumerique.account.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.account.ExternalSignIn;
import fr.passeportnumerique.account.SignInProviders;
import fr.passeportnumerique.account.ui.LoginView;
import java.util.Map;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may open what. Public: the catalogue, modules and lessons (views marked {@code @AnonymousAllowed}), their
 * images, the JSON API and the health check, and an address that leads nowhere (« Page introuvable »). Everything
 * else needs a signed-in person; services that read or write personal data check roles themselves.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    /** OWASP's recommended Argon2id settings: 19 MiB of memory, 2 iterations, 1 lane. */
    private static final int ARGON2_MEMORY_KIB = 19 * 1024;

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            LoginThrottle throttle,
            RequestUtil vaadinRequests,
            ListableBeanFactory beans,
            @Value("${passeport.security.content-security-policy}") String contentSecurityPolicy,
            @Value("${passeport.security.permissions-policy}") String permissionsPolicy,
            @Value("${passeport.public-url}") String publicUrl,
            ObjectProvider<ClientRegistrationRepository> providers,
            ExternalSignIn externalSignIn,
            StaffRoleMapping staffRoles,
            @Value("${passeport.franceconnect.acr-values:eidas1}") String franceConnectLevel)
            throws Exception {
        // Tomcat's SecurityHeadersValve sets the same headers first, for the answers that never reach this chain.
        http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(permissionsPolicy))
                .crossOriginOpenerPolicy(opener -> opener.policy(CrossOriginOpenerPolicy.SAME_ORIGIN)));
        http.addFilterBefore(new SameOriginFormFilter(publicUrl), CsrfFilter.class);
        http.addFilterBefore(
                new LoginThrottleFilter(throttle, "/" + LoginView.PATH), UsernamePasswordAuthenticationFilter.class);
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                        "/api/**",
                        "/media/**",
                        "/actuator/health",
                        "/actuator/health/**",
                        // Scraped by monitoring; production serves it on the internal management port only.
                        "/actuator/prometheus",
                        "/images/**",
                        "/fonts/**",
                        "/styles/**")
                .permitAll());
        // The learner's documents (certificate, attestations) are downloads beside the Vaadin pages.
        http.authorizeHttpRequests(
                requests -> requests.requestMatchers("/mon-passeport/certificat*", "/mon-passeport/attestations/*")
                        .hasRole(AppRoles.LEARNER));
        // Images of modules' drafts, for the editor's preview.
        http.authorizeHttpRequests(
                requests -> requests.requestMatchers("/atelier-media/**").hasAnyRole(AppRoles.TRAINER, AppRoles.ADMIN));
        // Before Vaadin's rules, which deny what they do not know: a mistyped address is a 404, signed in or not.
        http.authorizeHttpRequests(requests -> requests.requestMatchers(new UnknownAddresses(vaadinRequests, beans))
                .permitAll());
        ClientRegistrationRepository clients = providers.getIfAvailable();
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
            vaadin.loginView(LoginView.class);
            if (clients != null) {
                vaadin.logoutSuccessHandler(providerLogout(clients));
            }
        });
        if (clients != null) {
            // FranceConnect, a network's provider for staff: only when configured (README, decision 026).
            http.oauth2Login(login -> login.loginPage("/" + LoginView.PATH)
                    .authorizationEndpoint(endpoint ->
                            endpoint.authorizationRequestResolver(authorizationRequests(clients, franceConnectLevel)))
                    .userInfoEndpoint(info -> info.oidcUserService(new ExternalOidcUsers(externalSignIn, staffRoles)))
                    .failureHandler(new ExternalSignInFailure(externalSignIn)));
        }
        // The sign-in page as Vaadin sets it (named here too: the settings derived from it follow the first one), and
        // a failure handler that keeps the address typed; Vaadin leaves a failure handler set here as it is.
        http.formLogin(form -> form.loginPage("/" + LoginView.PATH)
                .failureHandler(new TypedEmailKept("/" + LoginView.PATH + "?error")));
        return http.build();
    }

    /** Signing out of the site signs out of the provider too (RP-initiated logout); a password's sign-in just ends. */
    private static LogoutSuccessHandler providerLogout(ClientRegistrationRepository clients) {
        OidcClientInitiatedLogoutSuccessHandler logout = new OidcClientInitiatedLogoutSuccessHandler(clients);
        logout.setPostLogoutRedirectUri("{baseUrl}");
        // The header's button signs out inside a Vaadin request: the browser is sent on by the page, not by a 302.
        logout.setRedirectStrategy(new UidlRedirectStrategy());
        return logout;
    }

    /** FranceConnect wants the level of assurance asked for ({@code acr_values}); other providers get the standard. */
    private static OAuth2AuthorizationRequestResolver authorizationRequests(
            ClientRegistrationRepository clients, String franceConnectLevel) {
        DefaultOAuth2AuthorizationRequestResolver resolver = new DefaultOAuth2AuthorizationRequestResolver(
                clients, OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        resolver.setAuthorizationRequestCustomizer(request -> request.attributes(attributes -> {
            if (SignInProviders.FRANCECONNECT.equals(attributes.get(OAuth2ParameterNames.REGISTRATION_ID))
                    && !franceConnectLevel.isBlank()) {
                request.additionalParameters(parameters -> parameters.put("acr_values", franceConnectLevel));
            }
        }));
        return resolver;
    }

    @Bean
    StaffRoleMapping staffRoleMapping(Environment environment) {
        Binder binder = Binder.get(environment);
        return new StaffRoleMapping(
                binder.bind("passeport.staff-oidc.roles-claim", String.class).orElse("groups"),
                binder.bind("passeport.staff-oidc.role-mapping", Bindable.mapOf(String.class, String.class))
                        .orElse(Map.of()),
                binder.bind("passeport.staff-oidc.welcome-point-claim", String.class)
                        .orElse(null));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        Argon2PasswordEncoder argon2 = new Argon2PasswordEncoder(16, 32, 1, ARGON2_MEMORY_KIB, 2);
        return new DelegatingPasswordEncoder("argon2", Map.of("argon2", argon2));
    }
}
