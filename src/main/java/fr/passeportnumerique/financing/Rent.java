package fr.passeportnumerique.financing;

import java.math.BigDecimal;

/** One month of a lease: the rent, the rents paid so far and those still to pay. */
public record Rent(int month, BigDecimal rent, BigDecimal paidSoFar, BigDecimal stillToPay) {}
