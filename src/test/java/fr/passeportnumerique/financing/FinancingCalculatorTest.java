package fr.passeportnumerique.financing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FinancingCalculatorTest {

    private final FinancingCalculator calculator = new FinancingCalculator();

    private static BigDecimal euros(String amount) {
        return new BigDecimal(amount);
    }

    /** Module 19's worked example: 6,000 € over 36 months at 5 % a year (spreadsheet: =VPM(5%/12;36;-6000)). */
    @Test
    void a_loan_of_6000_euros_over_36_months_at_5_percent_costs_473_71_euros_of_interest() {
        LoanSimulation loan = calculator.loan(FinancingRequest.loan(euros("6000"), 36, euros("5")));

        assertThat(loan.monthlyPayment()).isEqualByComparingTo("179.83");
        Installment first = loan.schedule().getFirst();
        assertThat(first.interest()).isEqualByComparingTo("25.00");
        assertThat(first.capital()).isEqualByComparingTo("154.83");
        assertThat(first.remaining()).isEqualByComparingTo("5845.17");
        Installment second = loan.schedule().get(1);
        // 5,845.17 × 5 % ÷ 12 = 24.354875: 24.35 of interest, 155.48 of capital.
        assertThat(second.interest()).isEqualByComparingTo("24.35");
        assertThat(second.remaining()).isEqualByComparingTo("5689.69");
        assertThat(loan.totalPaid()).isEqualByComparingTo("6473.71");
        assertThat(loan.interestCost()).isEqualByComparingTo("473.71");
    }

    @Test
    void the_last_payment_is_adjusted_so_that_nothing_remains_owed() {
        LoanSimulation loan = calculator.loan(FinancingRequest.loan(euros("6000"), 36, euros("5")));

        Installment last = loan.schedule().getLast();
        assertThat(last.month()).isEqualTo(36);
        assertThat(last.remaining()).isEqualByComparingTo("0");
        assertThat(last.payment()).isEqualByComparingTo("179.66");
        BigDecimal capitalRepaid =
                loan.schedule().stream().map(Installment::capital).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(capitalRepaid).isEqualByComparingTo("6000");
    }

    /** The lesson's table of durations, computed with payments rounded to the cent and the last one adjusted. */
    @ParameterizedTest
    @CsvSource({"24, 263.23, 317.48", "36, 179.83, 473.71", "48, 138.18, 632.37", "60, 113.23, 793.63"})
    void a_longer_term_lowers_the_payment_and_raises_the_cost(int months, String payment, String interest) {
        LoanSimulation loan = calculator.loan(FinancingRequest.loan(euros("6000"), months, euros("5")));

        assertThat(loan.monthlyPayment()).isEqualByComparingTo(payment);
        assertThat(loan.interestCost()).isEqualByComparingTo(interest);
    }

    @Test
    void a_loan_without_interest_splits_the_amount_and_the_last_payment_takes_the_leftover_cents() {
        LoanSimulation loan = calculator.loan(FinancingRequest.loan(euros("1000"), 6, BigDecimal.ZERO));

        assertThat(loan.monthlyPayment()).isEqualByComparingTo("166.67");
        assertThat(loan.schedule().getLast().payment()).isEqualByComparingTo("166.65");
        assertThat(loan.interestCost()).isEqualByComparingTo("0");
    }

    /** 6,000 € at a factor of 3.2 % a month: 192 € of rent, 36 rents of 6,912 €, an option of 1 % (60 €). */
    @Test
    void a_lease_rent_is_the_amount_times_the_monthly_factor_and_the_option_is_added_at_the_end() {
        LeaseSimulation lease = calculator.lease(FinancingRequest.lease(euros("6000"), 36, euros("3.2"), euros("1")));

        assertThat(lease.monthlyRent()).isEqualByComparingTo("192.00");
        assertThat(lease.totalRents()).isEqualByComparingTo("6912.00");
        assertThat(lease.endOption()).isEqualByComparingTo("60.00");
        assertThat(lease.totalWithOption()).isEqualByComparingTo("6972.00");
        assertThat(lease.costAboveAmount()).isEqualByComparingTo("972.00");
        assertThat(lease.schedule()).hasSize(36);
        assertThat(lease.schedule().get(11).paidSoFar()).isEqualByComparingTo("2304.00");
        assertThat(lease.schedule().getLast().stillToPay()).isEqualByComparingTo("0");
    }

    @Test
    void a_rent_is_rounded_half_up_to_the_cent() {
        // 2,345.67 × 2.95 % = 69.197265 €.
        LeaseSimulation lease =
                calculator.lease(FinancingRequest.lease(euros("2345.67"), 24, euros("2.95"), BigDecimal.ZERO));

        assertThat(lease.monthlyRent()).isEqualByComparingTo("69.20");
        assertThat(lease.totalRents()).isEqualByComparingTo("1660.80");
    }

    @Test
    void out_of_bounds_requests_are_named_and_never_computed() {
        FinancingRequest request = FinancingRequest.loan(euros("50"), 120, euros("30"));

        assertThat(request.problems())
                .containsExactly("financing.problem.amount", "financing.problem.loan-months", "financing.problem.rate");
        assertThatThrownBy(() -> calculator.loan(request)).isInstanceOf(IllegalArgumentException.class);
        assertThat(FinancingRequest.lease(euros("5000"), 36, euros("12"), euros("25"))
                        .problems())
                .containsExactly("financing.problem.factor", "financing.problem.option");
        assertThat(FinancingRequest.lease(null, 36, euros("3"), BigDecimal.ZERO).problems())
                .containsExactly("financing.problem.amount");
    }

    @Test
    void a_business_takes_the_loan_path_on_its_third_birthday() {
        LocalDate created = LocalDate.of(2023, 11, 27);

        assertThat(FinancingPath.forCompanyCreatedOn(created, LocalDate.of(2026, 11, 26)))
                .isEqualTo(FinancingPath.LOCATION_EVOLUTIVE);
        assertThat(FinancingPath.forCompanyCreatedOn(created, LocalDate.of(2026, 11, 27)))
                .isEqualTo(FinancingPath.CREDIT_CLASSIQUE);
    }
}
