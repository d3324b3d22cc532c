package fr.passeportnumerique.account.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import fr.passeportnumerique.account.CompanyDetails;
import fr.passeportnumerique.account.PasswordPolicy;
import fr.passeportnumerique.account.Registration;
import fr.passeportnumerique.account.RegistrationRules;
import fr.passeportnumerique.account.Sector;
import fr.passeportnumerique.account.Siret;
import fr.passeportnumerique.base.territory.Departement;
import fr.passeportnumerique.base.territory.Territories;
import fr.passeportnumerique.base.ui.FrenchDates;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/** The registration form: the person, then their business. Raises the filled-in registration on submit. */
class RegistrationForm extends Composite<Div> {

    final TextField fullName = new TextField();
    final EmailField email = new EmailField();
    final PasswordField password = new PasswordField();
    final TextField companyName = new TextField();
    final TextField siret = new TextField();
    final ComboBox<Sector> sector = new ComboBox<>();
    final IntegerField employees = new IntegerField();
    final DatePicker createdOn = new DatePicker();
    final TextField postcode = new TextField();
    final ComboBox<Departement> departement = new ComboBox<>();
    final Button submit = new Button();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    RegistrationForm(Consumer<Registration> onSubmit) {
        configureFields();
        submit.setText(getTranslation("registration.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> onSubmit.accept(registration()));
        submit.setDisableOnClick(true);
        FormLayout person = new FormLayout(fullName, email, password);
        FormLayout company = new FormLayout(companyName, siret, sector, employees, createdOn, postcode, departement);
        getContent().addClassName("pn-form");
        getContent()
                .add(
                        new H2(getTranslation("registration.you")),
                        person,
                        new H2(getTranslation("registration.company")),
                        company,
                        submit);
    }

    private void configureFields() {
        label(fullName, RegistrationRules.FULL_NAME, "registration.full-name");
        fullName.setAutocomplete(Autocomplete.NAME);
        label(email, RegistrationRules.EMAIL, "registration.email");
        label(password, RegistrationRules.PASSWORD, "registration.password");
        password.setHelperText(getTranslation("registration.password.help", PasswordPolicy.MIN_LENGTH));
        label(companyName, RegistrationRules.COMPANY_NAME, "registration.company-name");
        label(siret, RegistrationRules.SIRET, "registration.siret");
        siret.setHelperText(getTranslation("registration.siret.help"));
        siret.setAllowedCharPattern("[0-9 ]");
        siret.setMaxLength(Siret.LENGTH + 3);
        label(sector, RegistrationRules.SECTOR, "registration.sector");
        sector.setItems(Sector.values());
        sector.setItemLabelGenerator(value -> getTranslation(value.translationKey()));
        label(employees, RegistrationRules.EMPLOYEES, "registration.employees");
        employees.setMin(0);
        employees.setStepButtonsVisible(true);
        employees.setHelperText(getTranslation("registration.employees.help"));
        employees.addValueChangeListener(change ->
                showProblem(RegistrationRules.EMPLOYEES, RegistrationRules.employeesProblem(change.getValue())));
        label(createdOn, RegistrationRules.CREATED_ON, "registration.created-on");
        createdOn.setLocale(getLocale());
        createdOn.setI18n(FrenchDates.i18n(getLocale()));
        label(postcode, RegistrationRules.POSTCODE, "registration.postcode");
        postcode.setAllowedCharPattern("[0-9]");
        postcode.setMaxLength(5);
        postcode.addValueChangeListener(
                change -> Territories.departementOfPostcode(change.getValue()).ifPresent(departement::setValue));
        label(departement, RegistrationRules.DEPARTEMENT, "registration.departement");
        departement.setItems(Territories.departements().stream()
                .sorted(Comparator.comparing(Departement::code))
                .toList());
        departement.setItemLabelGenerator(Departement::label);
    }

    private void label(HasLabel field, String name, String key) {
        field.setLabel(getTranslation(key));
        fields.put(name, (HasValidation) field);
        if (field instanceof HasValue<?, ?> value) {
            value.setRequiredIndicatorVisible(true);
        }
    }

    Registration registration() {
        CompanyDetails company = new CompanyDetails(
                companyName.getValue(),
                siret.getValue(),
                sector.getValue(),
                employees.getValue() == null ? -1 : employees.getValue(),
                createdOn.getValue(),
                postcode.getValue(),
                departement.getValue() == null ? null : departement.getValue().code());
        return new Registration(fullName.getValue(), email.getValue(), password.getValue(), company, null);
    }

    /** Marks each field with what is wrong with it (translation keys), clears the others, focuses the first. */
    void showProblems(Map<String, String> problems) {
        fields.keySet().forEach(name -> showProblem(name, problems.get(name)));
        problems.keySet().stream()
                .map(fields::get)
                .filter(field -> field instanceof Focusable<?>)
                .findFirst()
                .ifPresent(field -> ((Focusable<?>) field).focus());
        submit.setEnabled(true);
    }

    private void showProblem(String name, String key) {
        HasValidation field = fields.get(name);
        field.setInvalid(key != null);
        field.setErrorMessage(key == null ? null : getTranslation(key));
    }
}
