package fr.passeportnumerique.account;

/**
 * A SIRET number: 14 digits whose Luhn key is valid. La Poste's establishments share one SIREN and follow
 * INSEE's own rule instead: the sum of the digits is a multiple of 5.
 */
public final class Siret {

    public static final int LENGTH = 14;
    private static final String LA_POSTE_SIREN = "356000000";

    private Siret() {}

    /** The digits of what a person typed, without spaces; the value to store. */
    public static String normalise(String input) {
        return input == null ? "" : input.replaceAll("[\\s.]", "");
    }

    public static boolean isValid(String input) {
        String siret = normalise(input);
        if (!siret.matches("\\d{" + LENGTH + "}")) {
            return false;
        }
        if (siret.startsWith(LA_POSTE_SIREN) && !siret.equals(LA_POSTE_SIREN + "00048")) {
            return digitSum(siret) % 5 == 0;
        }
        return luhnSum(siret) % 10 == 0;
    }

    private static int luhnSum(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum;
    }

    private static int digitSum(String digits) {
        return digits.chars().map(c -> c - '0').sum();
    }
}
