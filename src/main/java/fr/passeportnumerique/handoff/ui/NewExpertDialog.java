package fr.passeportnumerique.handoff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import fr.passeportnumerique.handoff.NewExpert;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Accredits a new expert: identity, accreditation number and contact; each wrong field says why. */
class NewExpertDialog extends Dialog {

    private final TextField name = field("expert-admin.new.name");
    private final TextField siret = field("expert-admin.new.siret");
    private final TextField number = field("expert-admin.new.number");
    private final TextField contact = field("expert-profile.contact");
    private final EmailField email = new EmailField(getTranslation("expert-profile.email"));
    private final TextField phone = field("expert-profile.phone");
    private final TextField street = field("expert-profile.street");
    private final TextField postcode = field("expert-profile.postcode");
    private final TextField town = field("expert-profile.town");

    /** Receives the new expert; returns the translation key of a refusal, or null when accredited. */
    NewExpertDialog(Function<NewExpert, String> accredit) {
        setHeaderTitle(getTranslation("expert-admin.new"));
        setWidth("min(40rem, 96vw)");
        number.setHelperText(getTranslation("expert-admin.new.number.help"));
        postcode.setMaxLength(5);
        Div fields = new Div(name, siret, number, contact, email, phone, street, postcode, town);
        fields.addClassName("pn-pack-editor");
        add(fields);
        Button save = new Button(getTranslation("expert-admin.new.save"), click -> {
            NewExpert expert = new NewExpert(
                    name.getValue(),
                    siret.getValue(),
                    number.getValue(),
                    contact.getValue(),
                    email.getValue(),
                    phone.getValue(),
                    street.getValue(),
                    postcode.getValue(),
                    town.getValue());
            List<String> problems = expert.problems();
            if (problems.isEmpty()) {
                String refusal = accredit.apply(expert);
                problems = refusal == null ? List.of() : List.of(refusal);
            }
            mark(problems);
            if (problems.isEmpty()) {
                close();
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("pack-editor.cancel"), click -> close()), save);
    }

    private void mark(List<String> problems) {
        Map<String, com.vaadin.flow.component.HasValidation> fields = new LinkedHashMap<>();
        fields.put("expert-admin.problem.name", name);
        fields.put("expert-admin.problem.siret", siret);
        fields.put("expert-admin.problem.number", number);
        fields.put("expert-admin.problem.number-taken", number);
        fields.put("expert-profile.problem.contact", contact);
        fields.put("expert-profile.problem.email", email);
        fields.put("expert-profile.problem.phone", phone);
        fields.put("expert-profile.problem.address", street);
        fields.put("expert-profile.problem.postcode", postcode);
        fields.values().forEach(field -> field.setInvalid(false));
        fields.forEach((key, field) -> {
            if (problems.contains(key)) {
                field.setInvalid(true);
                field.setErrorMessage(getTranslation(key));
            }
        });
    }

    private TextField field(String key) {
        return new TextField(getTranslation(key));
    }
}
