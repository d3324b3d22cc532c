package fr.passeportnumerique.directory.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import fr.passeportnumerique.directory.Contact;
import java.util.Optional;

/**
 * An expert's contact as six fields, checked by {@link Contact}'s own constraints through Vaadin's
 * {@code BeanValidationBinder}: each wrong field says why, in the person's language, as soon as it is left.
 */
class ContactFields extends Composite<Div> {

    private final TextField name = field("expert-profile.contact");
    private final EmailField email = new EmailField(getTranslation("expert-profile.email"));
    private final TextField phone = field("expert-profile.phone");
    private final TextField street = field("expert-profile.street");
    private final TextField postcode = field("expert-profile.postcode");
    private final TextField town = field("expert-profile.town");
    private final BeanValidationBinder<Contact> binder = new BeanValidationBinder<>(Contact.class);

    ContactFields() {
        postcode.setMaxLength(5);
        binder.setRequiredConfigurator(null);
        binder.setDefaultValidatorsEnabled(false);
        binder.bind(name, "name");
        binder.bind(email, "email");
        binder.bind(phone, "phone");
        binder.bind(street, "street");
        binder.bind(postcode, "postcode");
        binder.bind(town, "town");
        getContent().add(name, email, phone, street, postcode, town);
        getContent().getStyle().set("display", "contents");
    }

    void read(Contact contact) {
        binder.readRecord(contact);
    }

    /** The contact when every field is right; otherwise each wrong field shows why, and empty. */
    Optional<Contact> valid() {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException wrong) {
            return Optional.empty();
        }
    }

    private TextField field(String key) {
        return new TextField(getTranslation(key));
    }
}
