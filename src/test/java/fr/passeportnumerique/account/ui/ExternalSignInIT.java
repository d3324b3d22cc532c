package fr.passeportnumerique.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import fr.passeportnumerique.OidcProviderStub;
import fr.passeportnumerique.SiteClient;
import fr.passeportnumerique.TestLearners;
import fr.passeportnumerique.ViewTestSupport;
import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.account.ExternalSignIn;
import fr.passeportnumerique.account.PasswordResetService;
import fr.passeportnumerique.account.ProviderIdentity;
import fr.passeportnumerique.account.Sector;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * FranceConnect and a network's provider for staff, against a local OpenID provider (WireMock, signed ID tokens): the
 * browser's part over HTTP (authorization request, the provider's redirect back with code and state), the pages' part
 * in Karibu (registration pre-filled, « Relier votre compte »).
 */
class ExternalSignInIT extends ViewTestSupport {

    private static final OidcProviderStub PROVIDER = new OidcProviderStub();
    private static final String FC_CLIENT = "fc-client";
    private static final String STAFF_CLIENT = "staff-client";

    @DynamicPropertySource
    static void providers(DynamicPropertyRegistry properties) {
        PROVIDER.register(properties, "franceconnect", FC_CLIENT);
        PROVIDER.register(properties, "staff", STAFF_CLIENT);
        properties.add("passeport.staff-oidc.roles-claim", () -> "groups");
        properties.add("passeport.staff-oidc.role-mapping.cci-conseillers", () -> "WELCOME_STAFF");
        properties.add("passeport.staff-oidc.role-mapping.cci-formateurs", () -> "TRAINER");
    }

    @LocalServerPort
    int port;

    @Autowired
    ExternalSignIn externalSignIn;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordResetService resets;

    private SiteClient site;

    @BeforeEach
    void openSite() {
        site = new SiteClient(port);
    }

    @Test
    void the_sign_in_page_shows_franceconnect_when_it_is_configured() {
        navigate(LoginView.PATH);

        assertThat(_get(FranceConnectButton.class).getElement().getTextRecursively())
                .contains("S’identifier avec", "FranceConnect", "Qu’est-ce que FranceConnect ?");
    }

    @Test
    void a_first_franceconnect_sign_in_leads_to_registration_then_signs_in_directly() {
        String subject = "fc-" + UUID.randomUUID();
        String email = "sophie-" + UUID.randomUUID() + "@boulangerie-exemple.fr";

        HttpResponse<String> back = signInWithProvider("franceconnect", FC_CLIENT, identity(subject, email));

        assertThat(location(back)).endsWith("/inscription");
        assertThat(signedIn()).isFalse();

        awaitLink(new ProviderIdentity("franceconnect", subject, email, true, "Sophie Martin"));
        navigate(RegisterView.PATH);
        RegistrationForm form = _get(RegistrationForm.class);
        assertThat(form.fullName.getValue()).isEqualTo("Sophie Martin");
        assertThat(form.email.getValue()).isEqualTo(email);
        fillCompany(form);
        form.submit.click();
        assertThat(externalSignIn.linkedAccount("franceconnect", subject)).isPresent();

        HttpResponse<String> again = signInWithProvider("franceconnect", FC_CLIENT, identity(subject, email));
        assertThat(location(again)).doesNotContain("inscription", "relier", "refusee");
        assertThat(signedIn()).isTrue();
    }

    @Test
    void an_address_with_an_account_is_linked_only_with_that_accounts_password() {
        String email = TestLearners.register(accounts, "karim");
        String subject = "fc-" + UUID.randomUUID();

        HttpResponse<String> back = signInWithProvider("franceconnect", FC_CLIENT, identity(subject, email));

        assertThat(location(back)).endsWith("/relier-compte");
        assertThat(signedIn()).isFalse();
        assertThat(externalSignIn.linkedAccount("franceconnect", subject)).isEmpty();

        awaitLink(new ProviderIdentity("franceconnect", subject, email, true, "Karim Exemple"));
        navigate(LinkAccountView.PATH);
        _get(PasswordField.class).setValue("not-the-password-at-all");
        _get(Button.class, spec -> spec.withText("Relier mon compte")).click();
        assertThat(externalSignIn.linkedAccount("franceconnect", subject)).isEmpty();
        assertThat(_get(LinkAccountView.class).getElement().getTextRecursively())
                .contains("Ce mot de passe ne correspond pas");

        _get(PasswordField.class).setValue(TestLearners.PASSWORD);
        _get(Button.class, spec -> spec.withText("Relier mon compte")).click();
        assertThat(externalSignIn.linkedAccount("franceconnect", subject))
                .hasValueSatisfying(account -> assertThat(account.email()).isEqualTo(email));

        HttpResponse<String> again = signInWithProvider("franceconnect", FC_CLIENT, identity(subject, email));
        assertThat(location(again)).doesNotContain("inscription", "relier", "refusee");
        assertThat(signedIn()).isTrue();
    }

    @Test
    void franceconnect_is_asked_for_its_level_of_assurance_and_staff_providers_are_not() {
        assertThat(startSignIn("franceconnect"))
                .containsEntry("acr_values", "eidas1")
                .containsKey("nonce");
        assertThat(startSignIn("staff")).doesNotContainKey("acr_values");
    }

    @Test
    void a_state_that_does_not_match_is_refused() {
        startSignIn("franceconnect");
        PROVIDER.willIssue(FC_CLIENT, identity("fc-" + UUID.randomUUID(), "x@example.org"));

        HttpResponse<String> back = comeBack("franceconnect", "a-state-from-elsewhere");

        assertThat(location(back)).contains("/connexion-refusee");
        assertThat(signedIn()).isFalse();
    }

    @Test
    void a_nonce_that_does_not_match_is_refused() {
        Map<String, String> request = startSignIn("franceconnect");
        Map<String, Object> claims = new HashMap<>(identity("fc-" + UUID.randomUUID(), "y@example.org"));
        claims.put("nonce", "another-sign-in-s-nonce");
        PROVIDER.willIssue(FC_CLIENT, claims);

        HttpResponse<String> back = comeBack("franceconnect", request.get("state"));

        assertThat(location(back)).contains("/connexion-refusee");
        assertThat(signedIn()).isFalse();
    }

    @Test
    void an_id_token_not_signed_by_the_provider_is_refused() {
        Map<String, String> request = startSignIn("franceconnect");
        Map<String, Object> claims = new HashMap<>(identity("fc-" + UUID.randomUUID(), "z@example.org"));
        claims.put("nonce", request.get("nonce"));
        PROVIDER.willIssueForged(FC_CLIENT, claims);

        HttpResponse<String> back = comeBack("franceconnect", request.get("state"));

        assertThat(location(back)).contains("/connexion-refusee");
        assertThat(signedIn()).isFalse();
    }

    @Test
    void staff_sign_in_with_the_roles_their_claim_maps_to() {
        String email = "agent-" + UUID.randomUUID() + "@cci-exemple.fr";
        Map<String, Object> claims = new HashMap<>(identity("staff-" + UUID.randomUUID(), email));
        claims.put("groups", List.of("cci-conseillers", "cafeteria"));

        HttpResponse<String> back = signInWithProvider("staff", STAFF_CLIENT, claims);

        assertThat(location(back)).doesNotContain("refusee");
        assertThat(jdbc.queryForList(
                        "select r.role from user_account_role r join user_account a on a.id = r.account_id"
                                + " where a.email = ?",
                        String.class,
                        email))
                .containsExactly("WELCOME_STAFF");
        assertThat(site.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void staff_who_forget_a_password_are_sent_to_their_networks_sign_in_not_given_a_link() {
        String email = "agent-" + UUID.randomUUID() + "@cci-exemple.fr";
        Map<String, Object> claims = new HashMap<>(identity("staff-" + UUID.randomUUID(), email));
        claims.put("groups", List.of("cci-conseillers"));
        signInWithProvider("staff", STAFF_CLIENT, claims);

        resets.requestReset(email, Locale.FRENCH);

        assertThat(jdbc.queryForList("select body from mail_outbox where recipient = ?", String.class, email))
                .singleElement()
                .satisfies(body -> assertThat(body)
                        .contains("compte de votre réseau")
                        .doesNotContain(PasswordResetService.TOKEN_PARAMETER + "="));
        assertThat(jdbc.queryForObject(
                        "select count(*) from account_token t join user_account a on a.id = t.account_id"
                                + " where a.email = ?",
                        Integer.class,
                        email))
                .isZero();
    }

    @Test
    void staff_without_a_mapped_role_are_refused_with_a_clear_page() {
        String email = "visiteur-" + UUID.randomUUID() + "@cci-exemple.fr";
        Map<String, Object> claims = new HashMap<>(identity("staff-" + UUID.randomUUID(), email));
        claims.put("groups", List.of("cafeteria"));

        HttpResponse<String> back = signInWithProvider("staff", STAFF_CLIENT, claims);

        assertThat(location(back)).endsWith("/connexion-refusee?role");
        assertThat(signedIn()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from user_account where email = ?", Integer.class, email))
                .isZero();
        UI.getCurrent().navigate(SignInRefusedView.PATH, QueryParameters.of("role", ""));
        assertThat(_get(SignInRefusedView.class).getElement().getTextRecursively())
                .contains("aucun rôle");
    }

    @Test
    void signing_out_signs_out_at_the_provider_too() {
        String email = "agent-" + UUID.randomUUID() + "@cci-exemple.fr";
        Map<String, Object> claims = new HashMap<>(identity("staff-" + UUID.randomUUID(), email));
        claims.put("groups", "cci-formateurs");
        signInWithProvider("staff", STAFF_CLIENT, claims);

        Matcher csrf = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"")
                .matcher(site.get("/").body());
        assertThat(csrf.find()).as("the page carries Spring's CSRF token").isTrue();
        HttpResponse<byte[]> out =
                site.postJson("/logout", "{}", "X-CSRF-TOKEN", csrf.group(1), "Origin", "http://localhost:" + port);

        String location = out.headers().firstValue("Location").orElse("");
        assertThat(location).startsWith(PROVIDER.issuer() + "/logout?").contains("id_token_hint=");
    }

    private static Map<String, Object> identity(String subject, String email) {
        return Map.of(
                "sub",
                subject,
                "email",
                email,
                "email_verified",
                true,
                "given_name",
                "Sophie",
                "family_name",
                "Martin");
    }

    /** The whole round trip: to the provider, which answers the code with these claims and the request's nonce. */
    private HttpResponse<String> signInWithProvider(String registration, String clientId, Map<String, Object> claims) {
        Map<String, String> request = startSignIn(registration);
        Map<String, Object> signed = new HashMap<>(claims);
        signed.put("nonce", request.get("nonce"));
        PROVIDER.willIssue(clientId, signed);
        return comeBack(registration, request.get("state"));
    }

    private Map<String, String> startSignIn(String registration) {
        HttpResponse<String> redirect = site.get("/oauth2/authorization/" + registration);
        assertThat(redirect.statusCode()).isEqualTo(302);
        URI authorize = URI.create(location(redirect));
        assertThat(authorize.toString()).startsWith(PROVIDER.issuer() + "/authorize");
        return Arrays.stream(authorize.getRawQuery().split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(
                        pair -> pair[0], pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8), (a, b) -> a));
    }

    private HttpResponse<String> comeBack(String registration, String state) {
        return site.get("/login/oauth2/code/" + registration + "?code=code-" + UUID.randomUUID() + "&state="
                + URLEncoder.encode(state, StandardCharsets.UTF_8));
    }

    private boolean signedIn() {
        return site.get("/mon-espace").statusCode() == 200;
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private static void awaitLink(ProviderIdentity identity) {
        VaadinSession.getCurrent().getSession().setAttribute(ProviderIdentity.AWAITING_LINK, identity);
    }

    private static void fillCompany(RegistrationForm form) {
        form.password.setValue("Prise-Fusible-Tableau-9");
        form.company.name.setValue("Boulangerie Exemple");
        form.company.siret.setValue("12345678901237");
        form.company.sector.setValue(Sector.C);
        form.company.employees.setValue(3);
        form.company.createdOn.setValue(LocalDate.of(2019, 9, 1));
        form.company.postcode.setValue("31000");
    }
}
