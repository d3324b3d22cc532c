package fr.passeportnumerique.certificate;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs Open Badges credentials as VC-JWT (RS256, the algorithm Open Badges 3.0 requires verifiers to support).
 * In production the key comes from the environment ({@value ConfiguredSigningKey#VARIABLE}) and is never stored;
 * elsewhere, without it, a key is made on first use and kept in the database. The public halves are published as a
 * JWK set (keys stored earlier too, so that badges they signed still verify) and travel in each token's header.
 */
@Component
class BadgeSigner {

    private final SigningKeyRepository keys;
    private final Clock clock;
    private final Optional<RSAKey> configured;

    BadgeSigner(
            SigningKeyRepository keys,
            Clock clock,
            @Value("${passeport.badges.signing-key:}") String configuredKey,
            @Value("${passeport.badges.signing-key-required:false}") boolean keyRequired) {
        this.keys = keys;
        this.clock = clock;
        if (configuredKey.isBlank() && keyRequired) {
            throw new IllegalStateException(ConfiguredSigningKey.VARIABLE
                    + " is not set: production signs badges with a key from the environment only (see README.md)");
        }
        this.configured =
                configuredKey.isBlank() ? Optional.empty() : Optional.of(ConfiguredSigningKey.parse(configuredKey));
    }

    @Transactional
    public String sign(OpenBadgeCredential credential) {
        RSAKey key = currentKey();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(credential.issuerId())
                .jwtID(credential.id())
                .notBeforeTime(Date.from(credential.issuedAt()))
                .claim("vc", credential.json())
                .build();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .type(JOSEObjectType.JWT)
                .keyID(key.getKeyID())
                .jwk(key.toPublicJWK())
                .build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign the badge", e);
        }
        return jwt.serialize();
    }

    /** The public keys verifiers need, as a JWK set. */
    @Transactional(readOnly = true)
    public Map<String, Object> publicKeys() {
        Stream<RSAKey> stored = keys.findAllByOrderByIdAsc().stream().map(key -> parse(key.getPrivateJwk()));
        return new JWKSet(Stream.concat(configured.stream(), stored)
                        .map(RSAKey::toPublicJWK)
                        .map(com.nimbusds.jose.jwk.JWK.class::cast)
                        .toList())
                .toJSONObject(true);
    }

    private RSAKey currentKey() {
        return configured.orElseGet(() -> keys.findFirstByOrderByIdAsc()
                .map(key -> parse(key.getPrivateJwk()))
                .orElseGet(this::newKey));
    }

    private RSAKey newKey() {
        try {
            RSAKey key = new RSAKeyGenerator(2048)
                    .keyID(UUID.randomUUID().toString())
                    .generate();
            keys.save(new SigningKey(key.getKeyID(), key.toJSONString(), clock.instant()));
            return key;
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot make a signing key", e);
        }
    }

    private static RSAKey parse(String json) {
        try {
            return RSAKey.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("The stored signing key is unreadable", e);
        }
    }
}
