package fr.passeportnumerique.account.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import fr.passeportnumerique.account.PasswordChangeException;
import fr.passeportnumerique.account.PasswordPolicy;

/** "Mon espace": changing one's password, and signing out on every device. The view does the work. */
class MySignInPanel extends Composite<Section> {

    static final String WRONG_CURRENT_PASSWORD = "my-security.error.current-password";

    /** Changes the password; throws {@link PasswordChangeException} with a translation key when refused. */
    interface PasswordChanger {
        void change(String currentPassword, String newPassword);
    }

    private final PasswordField current = new PasswordField();
    private final PasswordField next = new PasswordField();
    private final PasswordField confirmation = new PasswordField();
    private final PasswordChanger changer;

    MySignInPanel(PasswordChanger changer, Runnable signOutEverywhere) {
        this.changer = changer;
        current.setLabel(getTranslation("my-security.current-password"));
        next.setLabel(getTranslation("new-password.password"));
        next.setHelperText(getTranslation("registration.password.help", PasswordPolicy.MIN_LENGTH));
        confirmation.setLabel(getTranslation("new-password.confirmation"));
        Button change = new Button(getTranslation("my-security.change-password"), click -> change());
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(current, next, confirmation, change);
        form.addClassName("pn-form");
        Button everywhere =
                new Button(getTranslation("my-security.sign-out-everywhere"), click -> signOutEverywhere.run());
        getContent()
                .add(
                        new H2(getTranslation("my-security.title")),
                        form,
                        new Paragraph(getTranslation("my-security.sign-out-everywhere.help")),
                        everywhere);
        getContent().addClassNames("pn-panel", "pn-my-sign-in");
    }

    private void change() {
        current.setInvalid(false);
        next.setInvalid(false);
        confirmation.setInvalid(false);
        if (!next.getValue().equals(confirmation.getValue())) {
            showProblem(confirmation, "new-password.error.different");
            return;
        }
        try {
            changer.change(current.getValue(), next.getValue());
            current.clear();
            next.clear();
            confirmation.clear();
            Notification.show(getTranslation("my-security.password-changed"));
        } catch (PasswordChangeException refused) {
            showProblem(refused.problemKey().equals(WRONG_CURRENT_PASSWORD) ? current : next, refused.problemKey());
        }
    }

    private void showProblem(PasswordField field, String key) {
        field.setErrorMessage(getTranslation(key));
        field.setInvalid(true);
    }
}
