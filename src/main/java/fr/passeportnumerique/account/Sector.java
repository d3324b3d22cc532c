package fr.passeportnumerique.account;

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

    public String translationKey() {
        return "sector." + name();
    }
}
