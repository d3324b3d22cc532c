package fr.passeportnumerique.records;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The name a learner goes by in the statements: an HMAC-SHA256 of the account id, so that the LRS can follow one
 * learner across statements without learning who they are, nor guessing other learners' names from one id.
 */
final class LearnerPseudonym {

    private static final String ALGORITHM = "HmacSHA256";
    private final SecretKeySpec key;

    LearnerPseudonym(String secret) {
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    String of(long accountId) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(Long.toString(accountId).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
