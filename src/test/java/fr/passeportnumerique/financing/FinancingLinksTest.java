package fr.passeportnumerique.financing;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FinancingLinksTest {

    @Test
    void a_link_carries_the_amount_and_the_path_and_the_simulator_reads_them_back() {
        String link = FinancingLinks.simulation(
                Optional.of(new BigDecimal("1290.00")), Optional.of(FinancingPath.LOCATION_EVOLUTIVE));

        assertThat(link).startsWith("financement?").contains("montant=1290.00", "voie=location");
        QueryParameters parameters = QueryParameters.fromString(link.substring(link.indexOf('?') + 1));
        assertThat(FinancingLinks.amount(parameters)).contains(new BigDecimal("1290.00"));
        assertThat(FinancingLinks.path(parameters)).contains(FinancingPath.LOCATION_EVOLUTIVE);
    }

    @Test
    void no_amount_or_a_zero_one_leaves_the_parameter_out_and_a_strange_amount_is_ignored() {
        assertThat(FinancingLinks.simulation(Optional.of(BigDecimal.ZERO), Optional.of(FinancingPath.CREDIT_CLASSIQUE)))
                .isEqualTo("financement?voie=credit");
        assertThat(FinancingLinks.simulation(Optional.empty(), Optional.empty()))
                .isEqualTo("financement");
        assertThat(FinancingLinks.amount(QueryParameters.fromString("montant=1e9")))
                .isEmpty();
    }
}
