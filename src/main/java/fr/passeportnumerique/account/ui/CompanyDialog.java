package fr.passeportnumerique.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import fr.passeportnumerique.account.CompanyDetails;
import fr.passeportnumerique.account.RegistrationException;
import fr.passeportnumerique.account.SiretLookup;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

/** The learner corrects their business's details; a new SIRET pre-fills them from the state's directory. */
class CompanyDialog extends Dialog {

    final CompanyFields company;
    final Button save = new Button();

    CompanyDialog(
            CompanyDetails details,
            Function<String, CompletableFuture<SiretLookup>> lookup,
            Consumer<CompanyDetails> onSave) {
        company = new CompanyFields(lookup);
        company.show(details);
        setHeaderTitle(getTranslation("my-space.company.title"));
        add(company);
        save.setText(getTranslation("my-space.company.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save(onSave));
        getFooter().add(new Button(getTranslation("my-space.company.cancel"), click -> close()), save);
        setWidth("min(48rem, 95vw)");
    }

    private void save(Consumer<CompanyDetails> onSave) {
        if (company.siretIsClosed()) {
            return;
        }
        try {
            onSave.accept(company.details());
            close();
        } catch (RegistrationException refused) {
            company.showProblems(refused.problems());
        }
    }
}
