package fr.passeportnumerique.financing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What the simulator is asked: an amount excluding VAT, a term in months and, for a loan, an annual rate; for a lease,
 * a monthly lease factor and the end option as a share of the amount. {@link #problems()} names what is out of bounds
 * as translation keys, so that the form can say it before anything is computed.
 */
public record FinancingRequest(
        FinancingPath path,
        BigDecimal amount,
        int months,
        BigDecimal rateOrFactorPercent,
        BigDecimal endOptionPercent) {

    public static final BigDecimal AMOUNT_MIN = BigDecimal.valueOf(100);
    public static final BigDecimal AMOUNT_MAX = BigDecimal.valueOf(200_000);
    public static final int LOAN_MONTHS_MIN = 6;
    public static final int LOAN_MONTHS_MAX = 84;
    public static final BigDecimal RATE_MAX = BigDecimal.valueOf(15);
    public static final int LEASE_MONTHS_MIN = 12;
    public static final int LEASE_MONTHS_MAX = 60;
    public static final BigDecimal FACTOR_MIN = new BigDecimal("0.5");
    public static final BigDecimal FACTOR_MAX = BigDecimal.TEN;
    public static final BigDecimal OPTION_MAX = BigDecimal.valueOf(20);

    public static FinancingRequest loan(BigDecimal amount, int months, BigDecimal annualRatePercent) {
        return new FinancingRequest(FinancingPath.CREDIT_CLASSIQUE, amount, months, annualRatePercent, BigDecimal.ZERO);
    }

    public static FinancingRequest lease(
            BigDecimal amount, int months, BigDecimal monthlyFactorPercent, BigDecimal endOptionPercent) {
        return new FinancingRequest(
                FinancingPath.LOCATION_EVOLUTIVE, amount, months, monthlyFactorPercent, endOptionPercent);
    }

    /** Translation keys of what is wrong; empty when the request can be computed. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (amount == null || amount.compareTo(AMOUNT_MIN) < 0 || amount.compareTo(AMOUNT_MAX) > 0) {
            problems.add("financing.problem.amount");
        }
        boolean lease = path == FinancingPath.LOCATION_EVOLUTIVE;
        int minMonths = lease ? LEASE_MONTHS_MIN : LOAN_MONTHS_MIN;
        int maxMonths = lease ? LEASE_MONTHS_MAX : LOAN_MONTHS_MAX;
        if (months < minMonths || months > maxMonths) {
            problems.add(lease ? "financing.problem.lease-months" : "financing.problem.loan-months");
        }
        if (lease) {
            if (outside(rateOrFactorPercent, FACTOR_MIN, FACTOR_MAX)) {
                problems.add("financing.problem.factor");
            }
            if (outside(endOptionPercent, BigDecimal.ZERO, OPTION_MAX)) {
                problems.add("financing.problem.option");
            }
        } else if (outside(rateOrFactorPercent, BigDecimal.ZERO, RATE_MAX)) {
            problems.add("financing.problem.rate");
        }
        return problems;
    }

    void validateForLoan() {
        validate(FinancingPath.CREDIT_CLASSIQUE);
    }

    void validateForLease() {
        validate(FinancingPath.LOCATION_EVOLUTIVE);
    }

    private void validate(FinancingPath expected) {
        if (path != expected || !problems().isEmpty()) {
            throw new IllegalArgumentException("Cannot simulate " + this + ": " + problems());
        }
    }

    private static boolean outside(BigDecimal value, BigDecimal min, BigDecimal max) {
        return value == null || value.compareTo(min) < 0 || value.compareTo(max) > 0;
    }
}
