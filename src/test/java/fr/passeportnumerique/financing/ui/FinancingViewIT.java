package fr.passeportnumerique.financing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.QueryParameters;
import fr.passeportnumerique.ViewTestSupport;
import fr.passeportnumerique.financing.FinancingLinks;
import fr.passeportnumerique.financing.FinancingPath;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The simulator as a person uses it, without a browser. */
class FinancingViewIT extends ViewTestSupport {

    private String figures() {
        return _find(DescriptionList.class).stream()
                .map(list -> list.getElement().getTextRecursively())
                .reduce("", String::concat);
    }

    @Test
    void the_simulator_computes_module_19s_loan_and_shows_its_schedule() {
        navigate(FinancingLinks.PATH);

        assertThat(_get(H1.class).getText()).isEqualTo("Simuler un financement");
        assertThat(figures()).contains("179,83").contains("473,71");
        assertThat(_get(Grid.class).getGenericDataView().getItems().count()).isEqualTo(36);
    }

    @Test
    void a_wrong_figure_is_named_on_its_field_and_nothing_is_computed() {
        navigate(FinancingLinks.PATH);
        IntegerField months = LocatorJ._get(IntegerField.class, spec -> spec.withLabel("Durée (en mois)"));
        months.setValue(120);

        _get(Button.class, spec -> spec.withText("Calculer")).click();

        assertThat(months.isInvalid()).isTrue();
        assertThat(months.getErrorMessage()).isEqualTo("Un crédit se simule sur 6 à 84 mois.");
        assertThat(figures()).contains("179,83");
    }

    @Test
    void a_pack_link_brings_its_price_and_the_lease() {
        UI.getCurrent().navigate(FinancingLinks.PATH, QueryParameters.fromString("montant=1290.00&voie=location"));

        @SuppressWarnings("unchecked")
        RadioButtonGroup<FinancingPath> path = _get(RadioButtonGroup.class);
        assertThat(path.getValue()).isEqualTo(FinancingPath.LOCATION_EVOLUTIVE);
        assertThat(_get(BigDecimalField.class, spec -> spec.withLabel("Montant de l’équipement (HT, en euros)"))
                        .getValue())
                .isEqualByComparingTo(new BigDecimal("1290.00"));
        // 1,290 € × 3.2 % = 41.28 € a month.
        assertThat(figures()).contains("41,28");
    }
}
