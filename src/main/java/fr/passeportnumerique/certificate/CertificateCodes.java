package fr.passeportnumerique.certificate;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Certificate codes: 120 random bits written as 24 characters of Crockford's base 32 (no I, L, O or U, so that
 * nothing read aloud or copied by hand is ambiguous). Typed codes are read leniently: any case, spaces or dashes,
 * and the letters people confuse with digits.
 */
final class CertificateCodes {

    static final int LENGTH = 24;
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateCodes() {}

    static String generate() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The stored form of a typed code, or empty when it cannot be one. */
    static Optional<String> normalize(String typed) {
        if (typed == null || typed.length() > 80) {
            return Optional.empty();
        }
        StringBuilder code = new StringBuilder(LENGTH);
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            char read = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            if (ALPHABET.indexOf(read) >= 0) {
                code.append(read);
            } else if (c != '-' && c != ' ') {
                return Optional.empty();
            }
        }
        return code.length() == LENGTH ? Optional.of(code.toString()) : Optional.empty();
    }

    static String display(String code) {
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < code.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                shown.append('-');
            }
            shown.append(code.charAt(i));
        }
        return shown.toString();
    }
}
