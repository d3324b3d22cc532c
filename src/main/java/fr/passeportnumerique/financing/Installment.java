package fr.passeportnumerique.financing;

import java.math.BigDecimal;

/**
 * One month of a loan: the payment, how it splits between the month's interest and capital, and the capital still
 * owed after it.
 */
public record Installment(
        int month, BigDecimal payment, BigDecimal interest, BigDecimal capital, BigDecimal remaining) {}
