package fr.passeportnumerique.directory.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.passeportnumerique.curriculum.ModuleSummary;
import fr.passeportnumerique.directory.PackDetails;
import fr.passeportnumerique.directory.PackItem;
import fr.passeportnumerique.financing.FinancingPath;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Writes or changes a pack: contents one item a line in each kind, target size, prices excluding VAT, needs covered
 * and financing. Wrong fields say why; the pack is handed over only when every rule holds.
 */
class PackEditorDialog extends Dialog {

    /** Receives the pack written; returns whether it was saved (the dialog then closes). */
    interface Saver extends Predicate<PackDetails> {}

    private final TextField title = new TextField();
    private final TextArea description = new TextArea();
    private final Map<PackItem.Kind, TextArea> items = new EnumMap<>(PackItem.Kind.class);
    private final IntegerField minEmployees = new IntegerField();
    private final IntegerField maxEmployees = new IntegerField();
    private final BigDecimalField oneOff = new BigDecimalField();
    private final BigDecimalField monthly = new BigDecimalField();
    private final MultiSelectComboBox<ModuleSummary> modules = new MultiSelectComboBox<>();
    private final CheckboxGroup<FinancingPath> financing = new CheckboxGroup<>();

    PackEditorDialog(Optional<PackDetails> existing, List<ModuleSummary> allModules, Saver saver) {
        setHeaderTitle(getTranslation(existing.isPresent() ? "pack-editor.edit" : "pack-editor.new"));
        setWidth("min(46rem, 96vw)");
        title.setLabel(getTranslation("pack-editor.title"));
        title.setMaxLength(PackDetails.TITLE_MAX_LENGTH);
        description.setLabel(getTranslation("pack-editor.description"));
        description.setMaxLength(PackDetails.DESCRIPTION_MAX_LENGTH);
        Div fields = new Div(title, description);
        for (PackItem.Kind kind : PackItem.Kind.values()) {
            TextArea lines = new TextArea(getTranslation(kind.translationKey()));
            lines.setHelperText(getTranslation("pack-editor.items.help"));
            items.put(kind, lines);
            fields.add(lines);
        }
        minEmployees.setLabel(getTranslation("pack-editor.min"));
        maxEmployees.setLabel(getTranslation("pack-editor.max"));
        oneOff.setLabel(getTranslation("pack-editor.one-off"));
        monthly.setLabel(getTranslation("pack-editor.monthly"));
        modules.setLabel(getTranslation("pack-editor.modules"));
        modules.setItems(allModules);
        modules.setItemLabelGenerator(module -> module.number() + ". " + module.title());
        financing.setLabel(getTranslation("pack-editor.financing"));
        financing.setItems(FinancingPath.values());
        financing.setItemLabelGenerator(path -> getTranslation(path.translationKey()));
        fields.add(minEmployees, maxEmployees, oneOff, monthly, modules, financing);
        fields.addClassName("pn-pack-editor");
        add(fields);
        existing.ifPresent(pack -> fill(pack, allModules));
        Button save = new Button(getTranslation("pack-editor.save"), click -> {
            Optional<PackDetails> written = written();
            if (written.isPresent() && saver.test(written.get())) {
                close();
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("pack-editor.cancel"), click -> close()), save);
    }

    private void fill(PackDetails pack, List<ModuleSummary> allModules) {
        title.setValue(pack.title());
        description.setValue(pack.description());
        items.forEach((kind, lines) -> lines.setValue(pack.items().stream()
                .filter(item -> item.kind() == kind)
                .map(PackItem::label)
                .collect(Collectors.joining("\n"))));
        minEmployees.setValue(pack.minEmployees());
        maxEmployees.setValue(pack.maxEmployees());
        pack.oneOffPriceExclVat().ifPresent(oneOff::setValue);
        pack.monthlyPriceExclVat().ifPresent(monthly::setValue);
        modules.setValue(allModules.stream()
                .filter(module -> pack.modules().contains(module.number()))
                .toList());
        financing.setValue(pack.financing());
    }

    private Optional<PackDetails> written() {
        List<PackItem> contents = new ArrayList<>();
        items.forEach((kind, lines) -> Arrays.stream(lines.getValue().split("\\R"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .forEach(line -> contents.add(new PackItem(kind, line))));
        PackDetails pack = new PackDetails(
                title.getValue().strip(),
                description.getValue().strip(),
                contents,
                minEmployees.getValue() == null ? 0 : minEmployees.getValue(),
                maxEmployees.getValue() == null ? -1 : maxEmployees.getValue(),
                Optional.ofNullable(oneOff.getValue()),
                Optional.ofNullable(monthly.getValue()),
                PackDetails.STANDARD_VAT_PERCENT,
                modules.getValue().stream().map(ModuleSummary::number).collect(Collectors.toSet()),
                financing.getValue());
        List<String> problems = pack.problems();
        mark(title, problems, "title");
        mark(description, problems, "description");
        mark(items.get(PackItem.Kind.HARDWARE), problems, "items");
        mark(maxEmployees, problems, "size");
        mark(oneOff, problems, "price");
        mark(modules, problems, "modules");
        mark(financing, problems, "financing");
        return problems.isEmpty() ? Optional.of(pack) : Optional.empty();
    }

    private void mark(HasValidation field, List<String> problems, String name) {
        String key = "pack-editor.problem." + name;
        field.setInvalid(problems.contains(key));
        field.setErrorMessage(problems.contains(key) ? getTranslation(key) : null);
    }
}
