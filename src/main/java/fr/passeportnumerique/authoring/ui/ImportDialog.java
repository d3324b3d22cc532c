package fr.passeportnumerique.authoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import fr.passeportnumerique.authoring.CurriculumTransfer;
import fr.passeportnumerique.authoring.ImportPreview;
import fr.passeportnumerique.curriculum.ImportOutcome;
import fr.passeportnumerique.curriculum.ImportReport;
import java.util.Locale;

/** What an imported zip would change, module by module, before anything is written; applied on confirmation. */
class ImportDialog extends Dialog {

    ImportDialog(CurriculumTransfer transfer, ImportPreview preview) {
        setHeaderTitle(getTranslation("authoring.import.title"));
        UnorderedList modules = new UnorderedList();
        modules.addClassName("pn-authoring-import");
        for (ImportPreview.ModuleChange change : preview.modules()) {
            String text = getTranslation(
                    "authoring.import.change." + change.kind().name().toLowerCase(Locale.ROOT),
                    change.folder(),
                    change.added().size(),
                    change.changed().size(),
                    change.removed().size());
            ListItem item = new ListItem(text);
            UnorderedList files = new UnorderedList();
            change.changed()
                    .forEach(path -> files.add(new ListItem(getTranslation("authoring.import.file-changed", path))));
            if (change.kind() == ImportPreview.ModuleChange.Kind.CHANGED) {
                change.added()
                        .forEach(path -> files.add(new ListItem(getTranslation("authoring.import.file-added", path))));
            }
            change.removed()
                    .forEach(path -> files.add(new ListItem(getTranslation("authoring.import.file-removed", path))));
            if (files.getComponentCount() > 0) {
                files.addClassName("pn-import-files");
                item.add(files);
            }
            if (change.hasDraft()) {
                item.add(new Paragraph(getTranslation("authoring.import.has-draft")));
            }
            modules.add(item);
        }
        add(modules);
        if (!preview.problems().isEmpty()) {
            add(Outcomes.problems(this, preview.problems()));
        } else if (!preview.canApply()) {
            add(new Paragraph(getTranslation("authoring.import.nothing")));
        }
        Button apply = new Button(getTranslation("authoring.import.apply"), click -> {
            ImportReport report = transfer.apply(preview);
            if (report.outcome() == ImportOutcome.FAILED) {
                removeAll();
                add(Outcomes.problems(this, report.problems()));
            } else {
                close();
                Outcomes.done(getTranslation("authoring.import.done"));
                getUI().ifPresent(ui -> ui.getPage().reload());
            }
        });
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setEnabled(preview.canApply());
        Button cancel = new Button(getTranslation("authoring.cancel"), click -> close());
        getFooter().add(cancel, apply);
        setWidth("min(40rem, 95vw)");
        add(new Div());
    }
}
