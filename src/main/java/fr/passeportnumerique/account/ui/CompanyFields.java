package fr.passeportnumerique.account.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import fr.passeportnumerique.account.CompanyDetails;
import fr.passeportnumerique.account.FoundCompany;
import fr.passeportnumerique.account.HeadcountBand;
import fr.passeportnumerique.account.RegistrationRules;
import fr.passeportnumerique.account.Sector;
import fr.passeportnumerique.account.Siret;
import fr.passeportnumerique.account.SiretLookup;
import fr.passeportnumerique.base.territory.Departement;
import fr.passeportnumerique.base.territory.Territories;
import fr.passeportnumerique.base.ui.FrenchDates;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * A business's details as its owner types them, or as the state's company directory gives them once the SIRET is
 * typed: the fields are then pre-filled and stay editable ({@link SiretLookupStatus} awaits the answer).
 */
class CompanyFields extends Composite<FormLayout> {

    final TextField name = new TextField();
    final TextField siret = new TextField();
    final ComboBox<Sector> sector = new ComboBox<>();
    final IntegerField employees = new IntegerField();
    final DatePicker createdOn = new DatePicker();
    final TextField postcode = new TextField();
    final ComboBox<Departement> departement = new ComboBox<>();
    final SiretLookupStatus status = new SiretLookupStatus();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Function<String, CompletableFuture<SiretLookup>> lookup;
    private String closedSiret = "";

    /** {@code lookup} asks the directory about a SIRET ({@code CompanyLookup::lookUp}). */
    CompanyFields(Function<String, CompletableFuture<SiretLookup>> lookup) {
        this.lookup = lookup;
        configureFields();
        getContent().add(name, siret, status, sector, employees, createdOn, postcode, departement);
        getContent().setColspan(status, 2);
    }

    private void configureFields() {
        label(name, RegistrationRules.COMPANY_NAME, getTranslation("registration.company-name"), fields);
        label(siret, RegistrationRules.SIRET, getTranslation("registration.siret"), fields);
        siret.setHelperText(getTranslation("registration.siret.help"));
        siret.setAllowedCharPattern("[0-9 ]");
        siret.setMaxLength(Siret.LENGTH + 3);
        siret.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                lookUp(change.getValue());
            }
        });
        label(sector, RegistrationRules.SECTOR, getTranslation("registration.sector"), fields);
        sector.setItems(Sector.values());
        sector.setItemLabelGenerator(value -> getTranslation(value.translationKey()));
        label(employees, RegistrationRules.EMPLOYEES, getTranslation("registration.employees"), fields);
        employees.setMin(0);
        employees.setStepButtonsVisible(true);
        employees.setHelperText(getTranslation("registration.employees.help"));
        employees.addValueChangeListener(change ->
                showProblem(RegistrationRules.EMPLOYEES, RegistrationRules.employeesProblem(change.getValue())));
        label(createdOn, RegistrationRules.CREATED_ON, getTranslation("registration.created-on"), fields);
        createdOn.setLocale(getLocale());
        createdOn.setI18n(FrenchDates.i18n(getLocale()));
        label(postcode, RegistrationRules.POSTCODE, getTranslation("registration.postcode"), fields);
        postcode.setAllowedCharPattern("[0-9]");
        postcode.setMaxLength(5);
        postcode.addValueChangeListener(
                change -> Territories.departementOfPostcode(change.getValue()).ifPresent(departement::setValue));
        label(departement, RegistrationRules.DEPARTEMENT, getTranslation("registration.departement"), fields);
        departement.setItems(Territories.departements().stream()
                .sorted(Comparator.comparing(Departement::code))
                .toList());
        departement.setItemLabelGenerator(Departement::label);
    }

    /** Labels a required field and files it under its name in the rules, for {@link #showProblem}. */
    static void label(HasLabel field, String name, String label, Map<String, HasValidation> fields) {
        field.setLabel(label);
        fields.put(name, (HasValidation) field);
        if (field instanceof HasValue<?, ?> value) {
            value.setRequiredIndicatorVisible(true);
        }
    }

    /** The fields by their name in {@link RegistrationRules}. */
    Map<String, HasValidation> fields() {
        return fields;
    }

    CompanyDetails details() {
        return new CompanyDetails(
                name.getValue(),
                siret.getValue(),
                sector.getValue(),
                employees.getValue() == null ? -1 : employees.getValue(),
                createdOn.getValue(),
                postcode.getValue(),
                departement.getValue() == null ? null : departement.getValue().code());
    }

    void show(CompanyDetails details) {
        name.setValue(details.name());
        siret.setValue(details.siret());
        sector.setValue(details.sector());
        employees.setValue(details.employees());
        createdOn.setValue(details.createdOn());
        postcode.setValue(details.postcode());
        Territories.departement(details.departement()).ifPresent(departement::setValue);
    }

    /** Whether the directory said the SIRET now typed is a closed establishment: shown on the field if so. */
    boolean siretIsClosed() {
        boolean closed = !closedSiret.isEmpty() && closedSiret.equals(Siret.normalise(siret.getValue()));
        if (closed) {
            showProblem(RegistrationRules.SIRET, RegistrationRules.CLOSED_ESTABLISHMENT);
        }
        return closed;
    }

    /** The lookup under way, if any: done once its answer is on the page (or was found stale). */
    CompletableFuture<Void> pendingLookup() {
        return status.pending();
    }

    /** Marks each field with what is wrong with it (translation keys by field name) and clears the others. */
    void showProblems(Map<String, String> problems) {
        fields.keySet().forEach(fieldName -> showProblem(fieldName, problems.get(fieldName)));
    }

    void showProblem(String fieldName, String key) {
        HasValidation field = fields.get(fieldName);
        field.setInvalid(key != null);
        field.setErrorMessage(key == null ? null : getTranslation(key));
    }

    private void lookUp(String typed) {
        if (!Siret.isValid(typed)) {
            status.forget();
            return;
        }
        String asked = Siret.normalise(typed);
        status.await(asked, lookup.apply(typed), result -> answer(asked, result));
    }

    private void fill(FoundCompany found) {
        Optional.ofNullable(found.name()).ifPresent(name::setValue);
        Optional.ofNullable(found.sector()).ifPresent(sector::setValue);
        Optional.ofNullable(found.createdOn()).ifPresent(createdOn::setValue);
        Optional.ofNullable(found.postcode()).ifPresent(postcode::setValue);
        Optional.ofNullable(found.departement())
                .flatMap(Territories::departement)
                .ifPresent(departement::setValue);
        Optional.ofNullable(found.headcount()).ifPresent(band -> {
            employees.setValue(band.fewest());
            employees.setHelperText(getTranslation("company-lookup.headcount", bandLabel(band)));
        });
    }

    private String bandLabel(HeadcountBand band) {
        if (band.most() == null) {
            return getTranslation("company-lookup.band.top", band.fewest());
        }
        return band.most() == 0
                ? getTranslation("company-lookup.band.none")
                : getTranslation("company-lookup.band.range", band.fewest(), band.most());
    }

    private void answer(String asked, SiretLookup result) {
        closedSiret = result instanceof SiretLookup.Closed ? asked : "";
        showProblem(RegistrationRules.SIRET, null);
        employees.setHelperText(getTranslation("registration.employees.help"));
        switch (result) {
            case SiretLookup.Found found -> {
                fill(found.company());
                status.say(
                        "company-lookup.found",
                        Optional.ofNullable(found.company().name()).orElse(asked));
            }
            case SiretLookup.Closed closed -> {
                status.clear();
                siretIsClosed();
            }
            case SiretLookup.Unknown unknown -> status.say("company-lookup.unknown");
            case SiretLookup.Unavailable unavailable -> status.say("company-lookup.unavailable");
            case SiretLookup.Off off -> status.clear();
        }
    }
}
