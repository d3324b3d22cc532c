package fr.passeportnumerique.financing;

import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The simulator's address, and its two parameters: the amount to finance ({@code montant}) and the path
 * ({@code voie}), so that a pack's page or the hand-off opens it already filled in.
 */
public final class FinancingLinks {

    public static final String PATH = "financement";
    private static final String AMOUNT = "montant";
    private static final String WAY = "voie";
    private static final String LEASE = "location";
    private static final String LOAN = "credit";

    private FinancingLinks() {}

    public static String simulation(Optional<BigDecimal> amount, Optional<FinancingPath> path) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        amount.filter(value -> value.signum() > 0)
                .ifPresent(value -> parameters.put(AMOUNT, List.of(value.toPlainString())));
        path.ifPresent(way -> parameters.put(WAY, List.of(way == FinancingPath.LOCATION_EVOLUTIVE ? LEASE : LOAN)));
        return new Location(PATH, new QueryParameters(parameters)).getPathWithQueryParameters();
    }

    public static Optional<FinancingPath> path(QueryParameters parameters) {
        return parameters
                .getSingleParameter(WAY)
                .map(value -> value.equals(LEASE) ? FinancingPath.LOCATION_EVOLUTIVE : FinancingPath.CREDIT_CLASSIQUE);
    }

    /** The amount when it is a plain number of euros (seven digits at most, cents optional). */
    public static Optional<BigDecimal> amount(QueryParameters parameters) {
        return parameters
                .getSingleParameter(AMOUNT)
                .filter(value -> value.matches("\\d{1,7}(\\.\\d{1,2})?"))
                .map(BigDecimal::new);
    }
}
