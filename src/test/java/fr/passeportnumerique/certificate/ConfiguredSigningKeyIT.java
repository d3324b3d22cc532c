package fr.passeportnumerique.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.SignedJWT;
import fr.passeportnumerique.IntegrationTest;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The production way: the badge signing key comes from the environment and never goes into the database. */
@IntegrationTest
class ConfiguredSigningKeyIT {

    private static final RSAKey KEY = generate();

    @DynamicPropertySource
    static void signingKeyFromTheEnvironment(DynamicPropertyRegistry properties) {
        properties.add("passeport.badges.signing-key", KEY::toJSONString);
    }

    @Autowired
    BadgeSigner signer;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_badge_is_signed_with_the_configured_key_and_no_key_is_stored() throws Exception {
        int storedBefore = storedKeys();

        SignedJWT badge = SignedJWT.parse(signer.sign(new OpenBadgeCredential(
                "https://passeport.example.org/verifier/ABCD-EFGH",
                "https://passeport.example.org/api/badges/issuer",
                Instant.parse("2026-11-26T09:00:00Z"),
                Map.of("id", "https://passeport.example.org/verifier/ABCD-EFGH"))));

        assertThat(badge.verify(new RSASSAVerifier(KEY.toRSAPublicKey()))).isTrue();
        assertThat(badge.getHeader().getKeyID()).isEqualTo(KEY.getKeyID());
        assertThat(storedKeys()).isEqualTo(storedBefore);
        assertThat(JWKSet.parse(signer.publicKeys()).getKeyByKeyId(KEY.getKeyID()))
                .isNotNull()
                .satisfies(published -> assertThat(published.isPrivate()).isFalse());
    }

    private int storedKeys() {
        return jdbc.queryForObject("select count(*) from signing_key", Integer.class);
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID("test-key").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
