package fr.passeportnumerique.financing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The simulator's arithmetic, in euros and cents. A loan's payment follows the annuity formula
 * {@code capital × t ÷ (1 − (1 + t)^−n)} with {@code t} the monthly rate, rounded to the cent; each month pays the
 * interest on the capital still owed (rounded to the cent) and the rest goes to the capital; the last payment is
 * adjusted so that nothing remains. A lease's rent is the amount times the monthly lease factor ("coefficient de
 * loyer"), constant over the term, plus an optional end price. Figures are indicative: real offers add fees,
 * insurance and taxes.
 */
public final class FinancingCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MONTHS_A_YEAR = BigDecimal.valueOf(12);

    public LoanSimulation loan(FinancingRequest request) {
        request.validateForLoan();
        BigDecimal amount = Money.cents(request.amount());
        int months = request.months();
        BigDecimal monthlyRate = request.rateOrFactorPercent().divide(HUNDRED.multiply(MONTHS_A_YEAR), Money.PRECISE);
        BigDecimal payment = Money.cents(constantPayment(amount, monthlyRate, months));
        List<Installment> schedule = new ArrayList<>(months);
        BigDecimal owed = amount;
        BigDecimal totalPaid = BigDecimal.ZERO;
        for (int month = 1; month <= months; month++) {
            BigDecimal interest = Money.cents(owed.multiply(monthlyRate, Money.PRECISE));
            BigDecimal capital =
                    month == months ? owed : payment.subtract(interest).min(owed);
            BigDecimal paid = interest.add(capital);
            owed = owed.subtract(capital);
            totalPaid = totalPaid.add(paid);
            schedule.add(new Installment(month, paid, interest, capital, owed));
        }
        return new LoanSimulation(
                amount,
                request.rateOrFactorPercent(),
                months,
                payment,
                List.copyOf(schedule),
                totalPaid,
                totalPaid.subtract(amount));
    }

    public LeaseSimulation lease(FinancingRequest request) {
        request.validateForLease();
        BigDecimal amount = Money.cents(request.amount());
        int months = request.months();
        BigDecimal rent =
                Money.cents(amount.multiply(request.rateOrFactorPercent()).divide(HUNDRED, Money.PRECISE));
        BigDecimal totalRents = rent.multiply(BigDecimal.valueOf(months));
        List<Rent> schedule = new ArrayList<>(months);
        for (int month = 1; month <= months; month++) {
            BigDecimal paidSoFar = rent.multiply(BigDecimal.valueOf(month));
            schedule.add(new Rent(month, rent, paidSoFar, totalRents.subtract(paidSoFar)));
        }
        BigDecimal option =
                Money.cents(amount.multiply(request.endOptionPercent()).divide(HUNDRED, Money.PRECISE));
        BigDecimal total = totalRents.add(option);
        return new LeaseSimulation(
                amount,
                request.rateOrFactorPercent(),
                months,
                rent,
                List.copyOf(schedule),
                totalRents,
                option,
                total,
                total.subtract(amount));
    }

    private static BigDecimal constantPayment(BigDecimal amount, BigDecimal monthlyRate, int months) {
        if (monthlyRate.signum() == 0) {
            return amount.divide(BigDecimal.valueOf(months), Money.PRECISE);
        }
        BigDecimal growth = BigDecimal.ONE.add(monthlyRate).pow(months, Money.PRECISE);
        BigDecimal discount = BigDecimal.ONE.subtract(BigDecimal.ONE.divide(growth, Money.PRECISE));
        return amount.multiply(monthlyRate, Money.PRECISE).divide(discount, Money.PRECISE);
    }
}
