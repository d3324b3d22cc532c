package fr.passeportnumerique.account.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import fr.passeportnumerique.account.RegistrationException;
import fr.passeportnumerique.account.WelcomePointDetails;
import fr.passeportnumerique.account.WelcomePointRules;
import fr.passeportnumerique.account.WelcomePointType;
import java.util.Map;
import java.util.function.Consumer;

/** Creates or edits a welcome point; shows on each field what is wrong when saving is refused. */
class WelcomePointDialog extends Dialog {

    private final ComboBox<WelcomePointType> type = new ComboBox<>();
    private final TextField name = new TextField();
    private final TextField address = new TextField();
    private final TextField postcode = new TextField();
    private final TextField town = new TextField();
    private final TextField hours = new TextField();
    private final TextField phone = new TextField();
    private final EmailField email = new EmailField();
    private final Map<String, HasValidation> fields = Map.of(
            WelcomePointRules.TYPE,
            type,
            WelcomePointRules.NAME,
            name,
            WelcomePointRules.ADDRESS,
            address,
            WelcomePointRules.POSTCODE,
            postcode,
            WelcomePointRules.TOWN,
            town,
            WelcomePointRules.HOURS,
            hours,
            WelcomePointRules.PHONE,
            phone,
            WelcomePointRules.EMAIL,
            email);

    WelcomePointDialog(WelcomePointDetails point, Consumer<WelcomePointDetails> onSave) {
        setHeaderTitle(getTranslation(point == null ? "admin-points.new" : "admin-points.edit"));
        type.setItems(WelcomePointType.values());
        type.setItemLabelGenerator(value -> getTranslation(value.translationKey()));
        type.setLabel(getTranslation("admin-points.type"));
        name.setLabel(getTranslation("admin-points.name"));
        address.setLabel(getTranslation("admin-points.address"));
        postcode.setLabel(getTranslation("registration.postcode"));
        postcode.setMaxLength(5);
        town.setLabel(getTranslation("admin-points.town"));
        hours.setLabel(getTranslation("admin-points.hours"));
        phone.setLabel(getTranslation("admin-points.phone"));
        email.setLabel(getTranslation("registration.email"));
        if (point != null) {
            fill(point);
        }
        add(new FormLayout(type, name, address, postcode, town, hours, phone, email));
        Button save = new Button(getTranslation("users.dialog.save"), click -> save(point, onSave));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("users.dialog.cancel"), click -> close()), save);
        setWidth("min(48rem, 95vw)");
    }

    private void fill(WelcomePointDetails point) {
        type.setValue(point.type());
        name.setValue(point.name());
        address.setValue(point.address());
        postcode.setValue(point.postcode());
        town.setValue(point.town());
        hours.setValue(point.openingHours());
        phone.setValue(point.phone());
        email.setValue(point.email());
    }

    private void save(WelcomePointDetails original, Consumer<WelcomePointDetails> onSave) {
        WelcomePointDetails edited = new WelcomePointDetails(
                original == null ? null : original.id(),
                type.getValue(),
                name.getValue(),
                address.getValue(),
                postcode.getValue(),
                town.getValue(),
                null,
                null,
                hours.getValue(),
                phone.getValue(),
                email.getValue());
        try {
            onSave.accept(edited);
            close();
        } catch (RegistrationException refused) {
            fields.forEach((field, component) -> {
                String key = refused.problems().get(field);
                component.setInvalid(key != null);
                component.setErrorMessage(key == null ? null : getTranslation(key));
            });
        }
    }
}
