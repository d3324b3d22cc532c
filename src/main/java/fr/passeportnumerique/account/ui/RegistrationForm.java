package fr.passeportnumerique.account.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import fr.passeportnumerique.account.PasswordPolicy;
import fr.passeportnumerique.account.Registration;
import fr.passeportnumerique.account.RegistrationRules;
import fr.passeportnumerique.account.SiretLookup;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The registration form: the person, then their business (pre-filled from its SIRET when the state's directory
 * answers). Raises the filled-in registration on submit.
 */
class RegistrationForm extends Composite<Div> {

    final TextField fullName = new TextField();
    final EmailField email = new EmailField();
    final PasswordField password = new PasswordField();
    final CompanyFields company;
    final Button submit = new Button();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    RegistrationForm(Consumer<Registration> onSubmit, Function<String, CompletableFuture<SiretLookup>> lookup) {
        company = new CompanyFields(lookup);
        configureFields();
        fields.putAll(company.fields());
        submit.setText(getTranslation("registration.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> {
            if (company.siretIsClosed()) {
                submit.setEnabled(true);
            } else {
                onSubmit.accept(registration());
            }
        });
        submit.setDisableOnClick(true);
        FormLayout person = new FormLayout(fullName, email, password);
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
    }

    private void label(HasLabel field, String name, String key) {
        CompanyFields.label(field, name, getTranslation(key), fields);
    }

    Registration registration() {
        return new Registration(fullName.getValue(), email.getValue(), password.getValue(), company.details(), null);
    }

    /** Marks each field with what is wrong with it (translation keys), clears the others, focuses the first. */
    void showProblems(Map<String, String> problems) {
        fields.forEach((name, field) -> {
            String key = problems.get(name);
            field.setInvalid(key != null);
            field.setErrorMessage(key == null ? null : getTranslation(key));
        });
        problems.keySet().stream()
                .map(fields::get)
                .filter(field -> field instanceof Focusable<?>)
                .findFirst()
                .ifPresent(field -> ((Focusable<?>) field).focus());
        submit.setEnabled(true);
    }
}
