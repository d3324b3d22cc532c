package fr.passeportnumerique.account;

/** A person deleted their account: their personal data must go; anonymous statistics may stay. */
public record AccountDeleted(long accountId) {}
