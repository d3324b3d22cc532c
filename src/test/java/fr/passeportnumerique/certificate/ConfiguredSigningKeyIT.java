package fr.passeportnumerique.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.SignedJWT;
import fr.passeportnumerique.IntegrationTest;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The production way: the badge signing key comes from the environment and never goes into the database. The signer
 * is built here with the key as production's property gives it, on the shared application's database: a second
 * application context in this JVM would replace the security context holder the other tests use.
 */
@IntegrationTest
class ConfiguredSigningKeyIT {

    private static final RSAKey KEY = generate();

    @Autowired
    SigningKeyRepository keys;

    @Autowired
    Clock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_badge_is_signed_with_the_configured_key_and_no_key_is_stored() throws Exception {
        BadgeSigner signer = new BadgeSigner(keys, clock, KEY.toJSONString(), true);
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
