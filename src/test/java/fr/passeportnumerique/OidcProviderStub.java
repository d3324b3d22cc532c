package fr.passeportnumerique;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * An OpenID provider as WireMock plays it: discovery (with an end-session endpoint), its signing key, and a token
 * endpoint that answers the next code with the ID token a test asks for, signed with the provider's key or not.
 * Tests over HTTP take the state and nonce from the redirect and come back with them themselves; a browser meets the
 * provider's own page (« Continuer vers le site »), which sends it back with a code and the state, and its sign-out
 * page, which sends it back to the site.
 */
public final class OidcProviderStub {

    private final WireMockServer server =
            new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    private final RSAKey key;

    public OidcProviderStub() {
        try {
            key = new RSAKeyGenerator(2048).keyID("provider-key").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        server.start();
        String issuer = issuer();
        server.stubFor(
                get(urlPathEqualTo("/.well-known/openid-configuration")).willReturn(okJson("""
                        {"issuer": "%1$s", "authorization_endpoint": "%1$s/authorize", "token_endpoint": "%1$s/token",
                         "jwks_uri": "%1$s/jwks", "end_session_endpoint": "%1$s/logout",
                         "response_types_supported": ["code"], "subject_types_supported": ["public"],
                         "id_token_signing_alg_values_supported": ["RS256"],
                         "scopes_supported": ["openid", "profile", "email"]}
                        """.formatted(issuer))));
        server.stubFor(get(urlPathEqualTo("/jwks")).willReturn(okJson(new JWKSet(key.toPublicJWK()).toString())));
        server.stubFor(get(urlPathEqualTo("/authorize")).willReturn(providerPage("""
                <h1>Fournisseur d’identité de test</h1>
                <a href="{{request.query.redirect_uri}}?code=code-{{randomValue length=12 type='ALPHANUMERIC'}}\
                &state={{urlEncode request.query.state}}">Continuer vers le site</a>
                """)));
        server.stubFor(get(urlPathEqualTo("/logout")).willReturn(providerPage("""
                <h1>Vous êtes déconnecté du fournisseur d’identité</h1>
                <a href="{{request.query.post_logout_redirect_uri}}">Revenir au site</a>
                """)));
    }

    private static ResponseDefinitionBuilder providerPage(String body) {
        return aResponse()
                .withHeader("Content-Type", "text/html; charset=utf-8")
                .withBody("<!doctype html><html lang=\"fr\"><title>Fournisseur</title><body>" + body + "</body></html>")
                .withTransformers("response-template");
    }

    /** The state and nonce of the last authorization request a browser brought to the provider's page. */
    public Map<String, String> lastAuthorizationRequest() {
        List<LoggedRequest> requests = server.findAll(getRequestedFor(urlPathEqualTo("/authorize")));
        if (requests.isEmpty()) {
            throw new AssertionError("No browser came to the provider's authorization page");
        }
        LoggedRequest last = requests.getLast();
        return Map.of(
                "state", last.queryParameter("state").firstValue(),
                "nonce", last.queryParameter("nonce").firstValue());
    }

    /** Whether a browser came to the provider's sign-out page. */
    public boolean signOutRequested() {
        return !server.findAll(getRequestedFor(urlPathEqualTo("/logout"))).isEmpty();
    }

    public String issuer() {
        return server.baseUrl();
    }

    /** Makes the application a client of this provider under {@code registration} (Spring's OAuth2 client settings). */
    public void register(DynamicPropertyRegistry properties, String registration, String clientId) {
        String prefix = "spring.security.oauth2.client.registration." + registration + ".";
        properties.add("spring.security.oauth2.client.provider." + registration + "-test.issuer-uri", this::issuer);
        properties.add(prefix + "provider", () -> registration + "-test");
        properties.add(prefix + "client-id", () -> clientId);
        properties.add(prefix + "client-secret", () -> clientId + "-secret");
        properties.add(prefix + "scope", () -> "openid,profile,email");
    }

    /** The next code exchanged gets an ID token for this client with these claims (sub, nonce, email...). */
    public void willIssue(String clientId, Map<String, Object> claims) {
        willIssue(clientId, claims, key);
    }

    /** As {@link #willIssue(String, Map)}, but signed with a key the provider does not publish. */
    public void willIssueForged(String clientId, Map<String, Object> claims) {
        try {
            willIssue(
                    clientId,
                    claims,
                    new RSAKeyGenerator(2048).keyID("provider-key").generate());
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private void willIssue(String clientId, Map<String, Object> claims, RSAKey signingKey) {
        JWTClaimsSet.Builder token = new JWTClaimsSet.Builder()
                .issuer(issuer())
                .audience(clientId)
                .issueTime(new Date())
                .expirationTime(new Date(System.currentTimeMillis() + 300_000));
        claims.forEach(token::claim);
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(signingKey.getKeyID())
                        .build(),
                token.build());
        try {
            jwt.sign(new RSASSASigner(signingKey));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        server.stubFor(post(urlPathEqualTo("/token"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("""
                                {"access_token": "access-%s", "token_type": "Bearer", "expires_in": 300,
                                 "scope": "openid profile email", "id_token": "%s"}
                                """.formatted(System.nanoTime(), jwt.serialize()))));
    }
}
