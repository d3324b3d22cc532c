package fr.passeportnumerique.directory.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.base.territory.Departement;
import fr.passeportnumerique.base.territory.Territories;
import fr.passeportnumerique.base.ui.MainLayout;
import fr.passeportnumerique.base.ui.PageTitles;
import fr.passeportnumerique.base.ui.Steps;
import fr.passeportnumerique.curriculum.CurriculumService;
import fr.passeportnumerique.curriculum.ModuleSummary;
import fr.passeportnumerique.directory.Contact;
import fr.passeportnumerique.directory.ExpertListing;
import fr.passeportnumerique.directory.ExpertPage;
import fr.passeportnumerique.directory.ExpertProfile;
import fr.passeportnumerique.directory.ExpertProfileUpdate;
import fr.passeportnumerique.directory.ExpertSpaceNav;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The expert edits their own profile; each wrong field says why and nothing is saved until all are right. */
@Route(value = ExpertProfileView.PATH, layout = MainLayout.class)
@RolesAllowed(AppRoles.EXPERT)
class ExpertProfileView extends Composite<Div> implements HasDynamicTitle {

    static final String PATH = ExpertSpaceNav.PROFILE;
    private final ExpertListing listing;
    private final List<ModuleSummary> modules;
    private final ContactFields contact = new ContactFields();
    private final Checkbox remote = new Checkbox();
    private final MultiSelectComboBox<Departement> departements = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<ModuleSummary> skills = new MultiSelectComboBox<>();
    private final IntegerField capacity = new IntegerField();
    private final CheckboxGroup<String> languages = new CheckboxGroup<>();
    private final TextArea presentation = new TextArea();

    ExpertProfileView(ExpertListing listing, CurriculumService curriculum) {
        this.listing = listing;
        this.modules = curriculum.modules();
        Optional<ExpertPage> me = ExpertSpaceNav.open(getContent(), PATH, "expert-profile.title", listing);
        if (me.isEmpty()) {
            return;
        }
        Paragraph lead = new Paragraph(
                getTranslation("expert-profile.lead", me.get().profile().companyName()));
        lead.addClassName("pn-lead");
        getContent().add(lead, form(me.get().profile()));
    }

    private Section form(ExpertProfile profile) {
        contact.read(profile.contact());
        remote.setLabel(getTranslation("expert-profile.remote"));
        remote.setValue(profile.remote());
        departements.setLabel(getTranslation("expert-profile.departements"));
        departements.setItems(Territories.departements());
        departements.setItemLabelGenerator(Departement::label);
        departements.setValue(profile.departements().stream()
                .flatMap(code -> Territories.departement(code).stream())
                .collect(Collectors.toSet()));
        skills.setLabel(getTranslation("expert-profile.skills"));
        skills.setItems(modules);
        skills.setItemLabelGenerator(module -> module.number() + ". " + module.title());
        skills.setValue(modules.stream()
                .filter(module -> profile.skills().contains(module.number()))
                .collect(Collectors.toSet()));
        capacity.setLabel(getTranslation("expert-profile.capacity"));
        capacity.setHelperText(getTranslation("expert-profile.capacity.help"));
        capacity.setValue(profile.capacityPerMonth());
        languages.setLabel(getTranslation("expert-profile.languages"));
        languages.setItems(ExpertProfileUpdate.LANGUAGES);
        languages.setItemLabelGenerator(code -> getTranslation("language." + code));
        languages.setValue(profile.languages());
        presentation.setLabel(getTranslation("expert-profile.presentation"));
        presentation.setHelperText(getTranslation("expert-profile.presentation.help"));
        presentation.setMaxLength(ExpertProfile.PRESENTATION_MAX_LENGTH);
        presentation.setValue(profile.presentation());
        Button save = new Button(getTranslation("expert-profile.save"), click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Section form = new Section(contact, remote, departements, skills, capacity, languages, presentation, save);
        form.addClassNames("pn-panel", "pn-expert-form");
        return form;
    }

    private void save() {
        Optional<Contact> reachable = contact.valid();
        ExpertProfileUpdate update = new ExpertProfileUpdate(
                reachable.orElse(null),
                remote.getValue(),
                departements.getValue().stream().map(Departement::code).collect(Collectors.toSet()),
                skills.getValue().stream().map(ModuleSummary::number).collect(Collectors.toSet()),
                capacity.getValue() == null ? -1 : capacity.getValue(),
                languages.getValue(),
                presentation.getValue());
        List<String> problems = update.problems();
        Map<String, HasValidation> fields = Map.ofEntries(
                Map.entry("departements", departements),
                Map.entry("skills", skills),
                Map.entry("capacity", capacity),
                Map.entry("languages", languages),
                Map.entry("presentation", presentation));
        fields.forEach((name, field) -> {
            String key = "expert-profile.problem." + name;
            field.setInvalid(problems.contains(key));
            field.setErrorMessage(problems.contains(key) ? getTranslation(key) : null);
        });
        if (!problems.isEmpty() || reachable.isEmpty()) {
            Notification.show(getTranslation("expert-profile.fix"), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        Steps.run(this, () -> listing.updateProfile(update), getTranslation("expert-profile.saved"));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("expert-profile.title"));
    }
}
