package fr.passeportnumerique.financing.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import fr.passeportnumerique.financing.FinancingPath;
import fr.passeportnumerique.financing.FinancingRequest;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The simulator's figures. The fields change with the way of financing (a rate for a loan, a lease factor and an end
 * option for a lease); what is out of bounds is marked on its field and nothing is computed.
 */
class FinancingForm extends Composite<Section> {

    private static final BigDecimal DEFAULT_RATE = new BigDecimal("5");
    private static final BigDecimal DEFAULT_FACTOR = new BigDecimal("3.2");
    private static final BigDecimal DEFAULT_OPTION = BigDecimal.ONE;

    private final RadioButtonGroup<FinancingPath> path = new RadioButtonGroup<>();
    private final BigDecimalField amount = new BigDecimalField();
    private final IntegerField months = new IntegerField();
    private final BigDecimalField rate = new BigDecimalField();
    private final BigDecimalField factor = new BigDecimalField();
    private final BigDecimalField option = new BigDecimalField();

    FinancingForm(FinancingPath initialPath, BigDecimal initialAmount, Consumer<FinancingRequest> onCompute) {
        path.setLabel(getTranslation("financing.kind"));
        path.setItems(FinancingPath.values());
        path.setItemLabelGenerator(value -> capitalised(getTranslation(value.translationKey())));
        path.setValue(initialPath);
        path.addValueChangeListener(change -> showFieldsFor(change.getValue()));
        amount.setLabel(getTranslation("financing.amount"));
        amount.setValue(initialAmount);
        months.setLabel(getTranslation("financing.months"));
        months.setValue(36);
        months.setStepButtonsVisible(true);
        months.setStep(12);
        rate.setLabel(getTranslation("financing.rate"));
        rate.setHelperText(getTranslation("financing.rate.help"));
        rate.setValue(DEFAULT_RATE);
        factor.setLabel(getTranslation("financing.factor"));
        factor.setHelperText(getTranslation("financing.factor.help"));
        factor.setValue(DEFAULT_FACTOR);
        option.setLabel(getTranslation("financing.option"));
        option.setValue(DEFAULT_OPTION);
        Button compute = new Button(
                getTranslation("financing.compute"), click -> request().ifPresent(onCompute));
        compute.addThemeVariants(ButtonVariant.PRIMARY);
        compute.setId("calculer");
        getContent().addClassNames("pn-panel", "pn-financing-form");
        getContent().add(path, amount, months, rate, factor, option, compute);
        showFieldsFor(initialPath);
    }

    /** The request if every field is within bounds; otherwise each wrong field says why. */
    Optional<FinancingRequest> request() {
        FinancingRequest request = path.getValue() == FinancingPath.LOCATION_EVOLUTIVE
                ? FinancingRequest.lease(amount.getValue(), monthsOrZero(), factor.getValue(), option.getValue())
                : FinancingRequest.loan(amount.getValue(), monthsOrZero(), rate.getValue());
        List<String> problems = request.problems();
        mark(amount, problems, "financing.problem.amount");
        mark(months, problems, "financing.problem.loan-months", "financing.problem.lease-months");
        mark(rate, problems, "financing.problem.rate");
        mark(factor, problems, "financing.problem.factor");
        mark(option, problems, "financing.problem.option");
        return problems.isEmpty() ? Optional.of(request) : Optional.empty();
    }

    private int monthsOrZero() {
        return months.getValue() == null ? 0 : months.getValue();
    }

    private void showFieldsFor(FinancingPath chosen) {
        boolean lease = chosen == FinancingPath.LOCATION_EVOLUTIVE;
        rate.setVisible(!lease);
        factor.setVisible(lease);
        option.setVisible(lease);
    }

    private void mark(com.vaadin.flow.component.HasValidation field, List<String> problems, String... keys) {
        Optional<String> problem =
                Arrays.stream(keys).filter(problems::contains).findFirst();
        field.setInvalid(problem.isPresent());
        field.setErrorMessage(problem.map(this::getTranslation).orElse(null));
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
