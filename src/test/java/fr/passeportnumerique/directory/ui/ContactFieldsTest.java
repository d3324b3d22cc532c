package fr.passeportnumerique.directory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import fr.passeportnumerique.ComponentTestSupport;
import fr.passeportnumerique.base.i18n.Translations;
import fr.passeportnumerique.directory.Contact;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contact fields as an administrator or an expert fills them, without Spring: Contact's constraints decide. */
class ContactFieldsTest extends ComponentTestSupport {

    private ContactFields fields;

    @BeforeEach
    void theFieldsOnAPage() {
        fields = new ContactFields();
        UI.getCurrent().add(fields);
    }

    @Test
    void a_wrong_field_says_why_in_french_and_no_contact_comes_out() {
        fields.read(new Contact("Camille Exemple", "camille@", "01 99 00 12 34", "1 rue", "ABCDE", "Exempleville"));

        assertThat(fields.valid()).isEmpty();

        EmailField email = LocatorJ._get(EmailField.class);
        TextField postcode = LocatorJ._get(TextField.class, spec -> spec.withLabel("Code postal"));
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage())
                .isEqualTo(Translations.translate("expert-profile.problem.email", Locale.FRENCH));
        assertThat(postcode.isInvalid()).isTrue();
        assertThat(postcode.getErrorMessage())
                .isEqualTo(Translations.translate("expert-profile.problem.postcode", Locale.FRENCH));
    }

    @Test
    void right_fields_give_the_contact() {
        Contact right =
                new Contact("Camille Exemple", "camille@example.org", "01 99 00 12 34", "1 rue", "49000", "Angers");
        fields.read(right);

        assertThat(fields.valid()).contains(right);
    }
}
