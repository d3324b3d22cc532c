package fr.passeportnumerique.account;

/** What the demonstration accounts share, for other features' demonstration data. */
public final class DemoAccounts {

    /** The password of every demonstration account (the README gives it). */
    public static final String PASSWORD = "Passeport-Demo-2026";

    private DemoAccounts() {}
}
