package fr.passeportnumerique.account;

/**
 * A feature that keeps personal data about people adds its part to their export ("Mes données") by providing
 * one of these; it erases that data when it hears {@link AccountDeleted}, published in the deleting transaction
 * before the account row goes (or by {@code ON DELETE CASCADE} foreign keys to {@code user_account}, each checked by
 * that feature's test).
 */
public interface PersonalDataProvider {

    /** The name of this part in the export, e.g. {@code "progress"}. */
    String section();

    /** What this feature keeps about the account, as plain values (maps, lists, records) ready for JSON. */
    Object dataOf(long accountId);
}
