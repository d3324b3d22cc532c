package fr.passeportnumerique.directory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What a pack offer needs before it is saved, as translation keys of what is missing or wrong. */
public final class PackRules {

    public static final int DESCRIPTION_MAX_LENGTH = 2_000;
    public static final BigDecimal PRICE_MAX = BigDecimal.valueOf(1_000_000);

    private PackRules() {}

    public static List<String> problems(PackDetails pack) {
        List<String> problems = new ArrayList<>();
        if (pack.title() == null || pack.title().isBlank() || pack.title().length() > PackDetails.TITLE_MAX_LENGTH) {
            problems.add("pack-editor.problem.title");
        }
        if (pack.description() == null
                || pack.description().isBlank()
                || pack.description().length() > DESCRIPTION_MAX_LENGTH) {
            problems.add("pack-editor.problem.description");
        }
        if (pack.items().isEmpty()
                || pack.items().stream()
                        .anyMatch(
                                item -> item.label().isBlank() || item.label().length() > PackItem.LABEL_MAX_LENGTH)) {
            problems.add("pack-editor.problem.items");
        }
        if (pack.minEmployees() < 0 || pack.maxEmployees() < pack.minEmployees() || pack.maxEmployees() > 19) {
            problems.add("pack-editor.problem.size");
        }
        if ((pack.oneOffPriceExclVat().isEmpty() && pack.monthlyPriceExclVat().isEmpty())
                || wrong(pack.oneOffPriceExclVat())
                || wrong(pack.monthlyPriceExclVat())) {
            problems.add("pack-editor.problem.price");
        }
        if (pack.modules().isEmpty() || !pack.modules().stream().allMatch(module -> module >= 1 && module <= 20)) {
            problems.add("pack-editor.problem.modules");
        }
        if (pack.financing().isEmpty()) {
            problems.add("pack-editor.problem.financing");
        }
        return problems;
    }

    private static boolean wrong(Optional<BigDecimal> price) {
        return price.filter(value -> value.signum() <= 0 || value.compareTo(PRICE_MAX) > 0 || value.scale() > 2)
                .isPresent();
    }
}
