package fr.passeportnumerique.certificate;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.text.ParseException;
import java.util.Base64;

/**
 * The badge signing key given to the application from outside (production): an RSA private key as a JSON Web Key,
 * or as a PKCS#8 PEM block ({@code openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048}). Its id is the
 * key's thumbprint when the JWK names none, so every node publishes the same id.
 */
final class ConfiguredSigningKey {

    static final String VARIABLE = "PASSEPORT_BADGE_SIGNING_KEY";

    private ConfiguredSigningKey() {}

    static RSAKey parse(String text) {
        try {
            RSAKey key = text.strip().startsWith("-----BEGIN")
                    ? fromPem(text)
                    : JWK.parse(text.strip()).toRSAKey();
            if (!key.isPrivate()) {
                throw new IllegalStateException(VARIABLE + " holds a public key: the private RSA key is needed");
            }
            return key.getKeyID() != null
                    ? key
                    : new RSAKey.Builder(key).keyIDFromThumbprint().build();
        } catch (ParseException
                | GeneralSecurityException
                | JOSEException
                | IllegalArgumentException
                | ClassCastException e) {
            // The message never repeats the value: it is a secret.
            throw new IllegalStateException(
                    VARIABLE + " is not an RSA private key (a JSON Web Key or a PKCS#8 PEM block)", e);
        }
    }

    private static RSAKey fromPem(String pem) throws GeneralSecurityException {
        String base64 = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        KeyFactory rsa = KeyFactory.getInstance("RSA");
        RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey)
                rsa.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        RSAPublicKey publicKey = (RSAPublicKey)
                rsa.generatePublic(new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
        return new RSAKey.Builder(publicKey).privateKey(privateKey).build();
    }
}
