package fr.passeportnumerique.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import fr.passeportnumerique.account.AccountSummary;
import fr.passeportnumerique.account.AppRoles;
import java.util.Set;
import java.util.function.BiConsumer;

/** Ticks the roles of one account; says why when the change is refused. */
class RolesDialog extends Dialog {

    RolesDialog(AccountSummary account, BiConsumer<AccountSummary, Set<String>> onSave) {
        setHeaderTitle(getTranslation("users.dialog.title", account.fullName()));
        CheckboxGroup<String> roles = new CheckboxGroup<>(getTranslation("users.roles"));
        roles.setItems(AppRoles.ALL);
        roles.setItemLabelGenerator(role -> getTranslation("role." + role));
        roles.setValue(account.roles());
        Button save = new Button(getTranslation("users.dialog.save"), click -> {
            try {
                onSave.accept(account, roles.getValue());
                close();
            } catch (IllegalArgumentException refused) {
                roles.setInvalid(true);
                roles.setErrorMessage(getTranslation("users.dialog.refused"));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("users.dialog.cancel"), click -> close());
        add(roles);
        getFooter().add(cancel, save);
    }
}
