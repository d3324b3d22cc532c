package fr.passeportnumerique.financing;

import java.math.BigDecimal;
import java.util.List;

/** A classic loan simulated: the constant monthly payment, the amortisation schedule and what the loan costs. */
public record LoanSimulation(
        BigDecimal amount,
        BigDecimal annualRatePercent,
        int months,
        BigDecimal monthlyPayment,
        List<Installment> schedule,
        BigDecimal totalPaid,
        BigDecimal interestCost) {}
