package fr.passeportnumerique.directory;

import fr.passeportnumerique.base.validation.Violations;
import fr.passeportnumerique.financing.FinancingPath;
import fr.passeportnumerique.financing.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A pack offer as its expert writes it: contents, target size, prices excluding VAT (one-off, monthly or both), the
 * modules whose needs it covers and the financing it can be bought with.
 */
@ConsistentPack
public record PackDetails(
        @NotBlank(message = TITLE_PROBLEM) @Size(max = TITLE_MAX_LENGTH, message = TITLE_PROBLEM)
        String title,

        @NotBlank(message = DESCRIPTION_PROBLEM) @Size(max = DESCRIPTION_MAX_LENGTH, message = DESCRIPTION_PROBLEM)
        String description,

        @NotEmpty(message = ITEMS_PROBLEM) List<@Valid PackItem> items,
        @Min(value = 0, message = SIZE_PROBLEM) int minEmployees,
        @Max(value = 19, message = SIZE_PROBLEM) int maxEmployees,
        Optional<
                        @Positive(message = PRICE_PROBLEM) @DecimalMax(value = PRICE_MAX, message = PRICE_PROBLEM)
                        @Digits(integer = 7, fraction = 2, message = PRICE_PROBLEM) BigDecimal>
                oneOffPriceExclVat,
        Optional<
                        @Positive(message = PRICE_PROBLEM) @DecimalMax(value = PRICE_MAX, message = PRICE_PROBLEM)
                        @Digits(integer = 7, fraction = 2, message = PRICE_PROBLEM) BigDecimal>
                monthlyPriceExclVat,
        BigDecimal vatRatePercent,

        @NotEmpty(message = MODULES_PROBLEM)
        Set<@Min(value = 1, message = MODULES_PROBLEM) @Max(value = 20, message = MODULES_PROBLEM) Integer> modules,

        @NotEmpty(message = "pack-editor.problem.financing") Set<FinancingPath> financing) {

    public static final int TITLE_MAX_LENGTH = 160;
    public static final int DESCRIPTION_MAX_LENGTH = 2_000;
    public static final BigDecimal STANDARD_VAT_PERCENT = new BigDecimal("20.00");
    static final String PRICE_MAX = "1000000";
    static final String TITLE_PROBLEM = "pack-editor.problem.title";
    static final String DESCRIPTION_PROBLEM = "pack-editor.problem.description";
    static final String ITEMS_PROBLEM = "pack-editor.problem.items";
    static final String SIZE_PROBLEM = "pack-editor.problem.size";
    static final String PRICE_PROBLEM = "pack-editor.problem.price";
    static final String MODULES_PROBLEM = "pack-editor.problem.modules";

    public PackDetails {
        items = List.copyOf(items);
        modules = Set.copyOf(modules);
        financing = financing.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(financing));
    }

    /** What keeps the pack from being saved, as translation keys in the order of the editor's fields. */
    public List<String> problems() {
        return Violations.of(this);
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
