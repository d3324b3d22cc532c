package fr.passeportnumerique.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.BeanValidator;
import fr.passeportnumerique.directory.Contact;
import fr.passeportnumerique.directory.NewExpert;
import java.util.Optional;
import java.util.function.Function;

/** Accredits a new expert: identity, accreditation number and contact; each wrong field says why. */
class NewExpertDialog extends Dialog {

    private final TextField name = field("expert-admin.new.name");
    private final TextField siret = field("expert-admin.new.siret");
    private final TextField number = field("expert-admin.new.number");
    private final ContactFields contact = new ContactFields();
    private final Binder<NewExpert> identity = new Binder<>();

    /** Receives the new expert; returns the translation key of a refusal, or null when accredited. */
    NewExpertDialog(Function<NewExpert, String> accredit) {
        setHeaderTitle(getTranslation("expert-admin.new"));
        setWidth("min(40rem, 96vw)");
        number.setHelperText(getTranslation("expert-admin.new.number.help"));
        checkedAsNewExpert(name, "companyName", NewExpert::companyName);
        checkedAsNewExpert(siret, "siret", NewExpert::siret);
        checkedAsNewExpert(number, "accreditationNumber", NewExpert::accreditationNumber);
        Div fields = new Div(name, siret, number, contact);
        fields.addClassName("pn-pack-editor");
        add(fields);
        Button save = new Button(getTranslation("expert-admin.new.save"), click -> save(accredit));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("pack-editor.cancel"), click -> close()), save);
    }

    private void save(Function<NewExpert, String> accredit) {
        boolean identityRight = identity.validate().isOk();
        Optional<Contact> reachable = contact.valid();
        if (!identityRight || reachable.isEmpty()) {
            return;
        }
        String refusal =
                accredit.apply(new NewExpert(name.getValue(), siret.getValue(), number.getValue(), reachable.get()));
        if (refusal == null) {
            close();
        } else {
            number.setInvalid(true);
            number.setErrorMessage(getTranslation(refusal));
        }
    }

    private void checkedAsNewExpert(TextField field, String property, Function<NewExpert, String> value) {
        identity.forField(field)
                .withValidator(new BeanValidator(NewExpert.class, property))
                .bind(value::apply, null);
    }

    private TextField field(String key) {
        return new TextField(getTranslation(key));
    }
}
