package fr.passeportnumerique.certificate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A certificate as an Open Badges 3.0 credential ({@code OpenBadgeCredential}, JSON-LD). Its id is the public
 * verification page, where a revocation shows; the learner is identified by a salted hash of their email address,
 * never the address itself.
 */
record OpenBadgeCredential(String id, String issuerId, Instant issuedAt, Map<String, Object> json) {

    /** The JSON-LD contexts of Open Badges 3.0: the verifiable credentials data model 1.1, then OB 3.0.3. */
    static final List<String> CONTEXT = List.of(
            "https://www.w3.org/2018/credentials/v1", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");

    static final String ISSUER_PATH = "api/badges/issuer";
    static final String ACHIEVEMENT_PATH = "api/badges/passeport-numerique";
    private static final SecureRandom RANDOM = new SecureRandom();

    static OpenBadgeCredential of(
            CertificateDetails certificate, String email, String publicUrl, List<String> modules, Issuer issuer) {
        String id = publicUrl + "verifier/" + certificate.displayCode();
        Instant issuedAt = certificate.issuedAt().truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@context", CONTEXT);
        json.put("id", id);
        json.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
        json.put("issuer", issuer.profile(publicUrl));
        json.put("issuanceDate", issuedAt.toString());
        json.put("name", issuer.achievementName());
        json.put("credentialSubject", subject(certificate, email, publicUrl, modules, issuer));
        return new OpenBadgeCredential(id, publicUrl + ISSUER_PATH, issuedAt, json);
    }

    private static Map<String, Object> subject(
            CertificateDetails certificate, String email, String publicUrl, List<String> modules, Issuer issuer) {
        String salt = HexFormat.of().formatHex(randomSalt());
        Map<String, Object> identity = new LinkedHashMap<>();
        identity.put("type", "IdentityObject");
        identity.put("identityHash", "sha256$" + sha256(email.toLowerCase(Locale.ROOT) + salt));
        identity.put("identityType", "emailAddress");
        identity.put("hashed", true);
        identity.put("salt", salt);
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("type", List.of("AchievementSubject"));
        subject.put("identifier", List.of(identity));
        subject.put("achievement", achievement(publicUrl, modules, issuer));
        return subject;
    }

    private static Map<String, Object> achievement(String publicUrl, List<String> modules, Issuer issuer) {
        Map<String, Object> achievement = new LinkedHashMap<>();
        achievement.put("id", publicUrl + ACHIEVEMENT_PATH);
        achievement.put("type", List.of("Achievement"));
        achievement.put("achievementType", "Certificate");
        achievement.put("name", issuer.achievementName());
        achievement.put("description", issuer.achievementDescription());
        achievement.put("criteria", Map.of("narrative", issuer.criteria() + "\n\n" + String.join("\n", modules)));
        achievement.put("inLanguage", "fr");
        return achievement;
    }

    private static byte[] randomSalt() {
        byte[] salt = new byte[8];
        RANDOM.nextBytes(salt);
        return salt;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Who issues the badge and how it names the achievement. */
    record Issuer(
            String name, String description, String achievementName, String achievementDescription, String criteria) {

        Map<String, Object> profile(String publicUrl) {
            Map<String, Object> profile = new LinkedHashMap<>();
            profile.put("id", publicUrl + ISSUER_PATH);
            profile.put("type", List.of("Profile"));
            profile.put("name", name);
            profile.put("url", publicUrl);
            profile.put("description", description);
            return profile;
        }
    }
}
