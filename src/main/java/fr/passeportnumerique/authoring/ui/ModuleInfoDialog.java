package fr.passeportnumerique.authoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.passeportnumerique.authoring.AuthoringException;
import fr.passeportnumerique.authoring.ModuleInfoDraft;
import fr.passeportnumerique.authoring.ModuleInfoService;
import fr.passeportnumerique.authoring.StaleDraftException;

/** A module's presentation: title, summary, duration, level, objectives, keywords and introduction. */
class ModuleInfoDialog extends Dialog {

    ModuleInfoDialog(ModuleInfoService drafts, ModuleInfoDraft info, Runnable saved) {
        setHeaderTitle(getTranslation("authoring.module-info.title", info.number()));
        TextField title = new TextField(getTranslation("authoring.module-info.name"));
        title.setValue(info.title());
        title.setMaxLength(160);
        TextArea summary = new TextArea(getTranslation("authoring.module-info.summary"));
        summary.setValue(info.summary());
        summary.setMaxLength(500);
        IntegerField duration = new IntegerField(getTranslation("authoring.duration"));
        duration.setValue(info.durationMinutes());
        duration.setMin(1);
        duration.setMax(600);
        Select<String> level = new Select<>();
        level.setLabel(getTranslation("authoring.module-info.level"));
        level.setItems(ModuleInfoDraft.LEVELS);
        level.setItemLabelGenerator(value -> getTranslation("authoring.level." + value));
        level.setValue(
                ModuleInfoDraft.LEVELS.contains(info.level()) ? info.level() : ModuleInfoDraft.LEVELS.getFirst());
        RowsEditor<String> objectives =
                texts("authoring.module-info.objectives", "authoring.module-info.add-objective", info, true);
        RowsEditor<String> tags = texts("authoring.module-info.tags", "authoring.module-info.add-tag", info, false);
        TextArea introduction = new TextArea(getTranslation("authoring.module-info.introduction"));
        introduction.setValue(info.introduction());
        introduction.addClassName("pn-markdown-input");
        for (Component field : new Component[] {title, summary, introduction}) {
            field.getElement().getStyle().set("width", "100%");
        }
        add(title, summary, duration, level, objectives, tags, introduction);
        Button save = new Button(getTranslation("authoring.save-draft"), click -> {
            Integer minutes = duration.getValue();
            try {
                drafts.saveModuleInfo(info.with(
                        title.getValue(),
                        summary.getValue(),
                        minutes == null ? 0 : minutes,
                        level.getValue(),
                        objectives.values(),
                        tags.values(),
                        introduction.getValue()));
                close();
                saved.run();
                Outcomes.done(getTranslation("authoring.saved"));
            } catch (StaleDraftException stale) {
                Outcomes.refused(this, getTranslation("authoring.error.stale-module"));
            } catch (AuthoringException refused) {
                Outcomes.refused(this, refused);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("authoring.cancel"), click -> close()), save);
        setWidth("min(48rem, 96vw)");
    }

    private RowsEditor<String> texts(String titleKey, String addKey, ModuleInfoDraft info, boolean objectives) {
        return new RowsEditor<>(
                getTranslation(titleKey),
                getTranslation(addKey),
                objectives ? info.objectives() : info.tags(),
                value -> {
                    TextField field = new TextField();
                    field.setValue(value);
                    field.setMaxLength(objectives ? 300 : 60);
                    field.setWidthFull();
                    field.setAriaLabel(getTranslation(titleKey));
                    return new RowsEditor.Row<>() {
                        public Component component() {
                            return field;
                        }

                        public String value() {
                            return field.getValue();
                        }
                    };
                },
                () -> "");
    }
}
