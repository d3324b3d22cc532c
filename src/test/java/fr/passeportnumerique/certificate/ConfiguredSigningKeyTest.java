package fr.passeportnumerique.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.time.Clock;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class ConfiguredSigningKeyTest {

    @Test
    void production_refuses_to_start_without_the_key_and_names_the_variable() {
        assertThatThrownBy(() -> new BadgeSigner(mock(SigningKeyRepository.class), Clock.systemUTC(), " ", true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PASSEPORT_BADGE_SIGNING_KEY");
    }

    @Test
    void a_pkcs8_pem_key_is_read_with_a_stable_id() throws Exception {
        RSAKey generated = new RSAKeyGenerator(2048).generate();
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder()
                        .encodeToString(generated.toPrivateKey().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";

        RSAKey read = ConfiguredSigningKey.parse(pem);

        assertThat(read.toRSAPublicKey()).isEqualTo(generated.toRSAPublicKey());
        assertThat(read.isPrivate()).isTrue();
        assertThat(read.getKeyID()).isEqualTo(ConfiguredSigningKey.parse(pem).getKeyID());
    }

    @Test
    void a_public_or_unreadable_key_is_refused_without_repeating_it() throws Exception {
        String publicOnly = new RSAKeyGenerator(2048).generate().toPublicJWK().toJSONString();

        assertThatThrownBy(() -> ConfiguredSigningKey.parse(publicOnly))
                .hasMessageContaining("PASSEPORT_BADGE_SIGNING_KEY")
                .hasMessageNotContaining(publicOnly);
        assertThatThrownBy(() -> ConfiguredSigningKey.parse("not-a-key-s3cr3t"))
                .hasMessageContaining("PASSEPORT_BADGE_SIGNING_KEY")
                .hasMessageNotContaining("s3cr3t");
    }
}
