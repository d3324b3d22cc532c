package fr.passeportnumerique.financing;

import java.math.BigDecimal;
import java.util.List;

/**
 * An evolving lease simulated: the monthly rent (the amount times the monthly lease factor), the rents month by month,
 * the price of the purchase option at the end, and what the whole costs above the equipment's price.
 */
public record LeaseSimulation(
        BigDecimal amount,
        BigDecimal monthlyFactorPercent,
        int months,
        BigDecimal monthlyRent,
        List<Rent> schedule,
        BigDecimal totalRents,
        BigDecimal endOption,
        BigDecimal totalWithOption,
        BigDecimal costAboveAmount) {}
