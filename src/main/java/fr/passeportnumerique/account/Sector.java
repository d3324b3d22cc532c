package fr.passeportnumerique.account;

import java.util.Arrays;
import java.util.Optional;

/**
 * The activity sector of a company: the sections of INSEE's NAF rev. 2 classification that very small
 * businesses belong to. The labels are in the translation bundles ({@code sector.<code>}).
 */
public enum Sector {
    A,
    B,
    C,
    D,
    E,
    F,
    G,
    H,
    I,
    J,
    K,
    L,
    M,
    N,
    P,
    Q,
    R,
    S;

    /** The first division of each section A to U: NAF rev. 2 numbers its divisions 01 to 99 section by section. */
    private static final int[] FIRST_DIVISIONS = {
        1, 5, 10, 35, 36, 41, 45, 49, 55, 58, 64, 68, 69, 77, 84, 85, 86, 90, 94, 97, 99
    };

    /**
     * The section of an activity code as INSEE writes it ("56.10A", "4321A"); empty for a code it cannot read or
     * a section the programme does not serve (O: public administration, T and U: households, foreign bodies).
     */
    public static Optional<Sector> ofNafCode(String code) {
        if (code == null || !code.matches("\\d{2}\\.?\\d{2}[A-Z]?")) {
            return Optional.empty();
        }
        int division = Integer.parseInt(code.substring(0, 2));
        int section = -1;
        while (section + 1 < FIRST_DIVISIONS.length && division >= FIRST_DIVISIONS[section + 1]) {
            section++;
        }
        String letter = String.valueOf((char) ('A' + section));
        return Arrays.stream(values())
                .filter(sector -> sector.name().equals(letter))
                .findFirst();
    }

    public String translationKey() {
        return "sector." + name();
    }
}
