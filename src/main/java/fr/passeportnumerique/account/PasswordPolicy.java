package fr.passeportnumerique.account;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.matchers.Match;
import java.util.Optional;

/**
 * What a password must be: 12 characters or more (128 at most), not one of the commonly used passwords, and not
 * easy to guess (zxcvbn's estimate). Returns the translation key of what is wrong, if anything.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private static final int MIN_SCORE = 3;
    private static final String COMMON_PASSWORDS = "passwords";

    private final Zxcvbn zxcvbn = new Zxcvbn();

    public Optional<String> problem(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("password.too-short");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.too-long");
        }
        Strength strength = zxcvbn.measure(password);
        if (isCommon(password, strength)) {
            return Optional.of("password.common");
        }
        if (strength.getScore() < MIN_SCORE) {
            return Optional.of("password.guessable");
        }
        return Optional.empty();
    }

    private static boolean isCommon(String password, Strength strength) {
        for (Match match : strength.getSequence()) {
            if (COMMON_PASSWORDS.equals(match.dictionaryName) && match.token.length() == password.length()) {
                return true;
            }
        }
        return false;
    }
}
