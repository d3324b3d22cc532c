package fr.passeportnumerique;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
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
import java.util.Map;

/**
 * An OpenID provider as WireMock plays it: discovery (with an end-session endpoint), its signing key, and a token
 * endpoint that answers the next code with the ID token a test asks for, signed with the provider's key or not.
 * Browsers never reach it: tests take the state and nonce from the redirect and come back with them themselves.
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
    }

    public String issuer() {
        return server.baseUrl();
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
