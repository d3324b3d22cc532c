package fr.passeportnumerique.directory;

import fr.passeportnumerique.financing.FinancingPath;
import fr.passeportnumerique.financing.Money;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A pack offer as its expert writes it: contents, target size, prices excluding VAT (one-off, monthly or both), the
 * modules whose needs it covers and the financing it can be bought with.
 */
public record PackDetails(
        String title,
        String description,
        List<PackItem> items,
        int minEmployees,
        int maxEmployees,
        Optional<BigDecimal> oneOffPriceExclVat,
        Optional<BigDecimal> monthlyPriceExclVat,
        BigDecimal vatRatePercent,
        Set<Integer> modules,
        Set<FinancingPath> financing) {

    public static final int TITLE_MAX_LENGTH = 160;
    public static final BigDecimal STANDARD_VAT_PERCENT = new BigDecimal("20.00");

    public PackDetails {
        items = List.copyOf(items);
        modules = Set.copyOf(modules);
        financing = financing.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(financing));
    }

    public Optional<BigDecimal> oneOffPriceInclVat() {
        return oneOffPriceExclVat.map(this::withVat);
    }

    public Optional<BigDecimal> monthlyPriceInclVat() {
        return monthlyPriceExclVat.map(this::withVat);
    }

    private BigDecimal withVat(BigDecimal excluding) {
        return Money.cents(excluding.multiply(BigDecimal.ONE.add(vatRatePercent.movePointLeft(2))));
    }
}
