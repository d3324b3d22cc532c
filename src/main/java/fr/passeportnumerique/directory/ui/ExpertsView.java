package fr.passeportnumerique.directory.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.passeportnumerique.account.Sector;
import fr.passeportnumerique.base.territory.Departement;
import fr.passeportnumerique.base.territory.Territories;
import fr.passeportnumerique.base.ui.MainLayout;
import fr.passeportnumerique.base.ui.PageTitles;
import fr.passeportnumerique.base.ui.PagedList;
import fr.passeportnumerique.curriculum.CurriculumService;
import fr.passeportnumerique.curriculum.ModuleNames;
import fr.passeportnumerique.curriculum.ModuleSummary;
import fr.passeportnumerique.directory.DirectoryLinks;
import fr.passeportnumerique.directory.ExpertCard;
import fr.passeportnumerique.directory.ExpertDirectory;
import fr.passeportnumerique.directory.ExpertFilter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The directory of accredited experts, open to anyone, filtered by département, skill and sector. The filters live in
 * the address (?departement=69&competence=6&secteur=C) so that a welcome point can send a ready-made list.
 */
@Route(value = ExpertsView.PATH, layout = MainLayout.class)
@Menu(order = 3, title = "layout.nav.experts")
@AnonymousAllowed
class ExpertsView extends Composite<Div> implements BeforeEnterObserver, HasDynamicTitle {

    static final String PATH = DirectoryLinks.EXPERTS;
    private final ExpertDirectory directory;
    private final List<ModuleSummary> modules;
    private final ModuleNames moduleNames;
    private final ComboBox<Departement> departement = new ComboBox<>();
    private final ComboBox<ModuleSummary> skill = new ComboBox<>();
    private final ComboBox<Sector> sector = new ComboBox<>();
    private final Div results = new Div();

    ExpertsView(ExpertDirectory directory, CurriculumService curriculum) {
        this.directory = directory;
        this.modules = curriculum.modules();
        this.moduleNames = new ModuleNames(modules);
        H1 title = new H1(getTranslation("experts.title"));
        title.addClassName("pn-title");
        Paragraph lead = new Paragraph(getTranslation("experts.lead") + " ");
        lead.add(new com.vaadin.flow.component.html.Anchor(PacksView.PATH, getTranslation("experts.see-packs")));
        lead.addClassName("pn-lead");
        results.setId("experts");
        results.getElement().setAttribute("aria-live", "polite");
        getContent().add(title, lead, createFilters(), results);
    }

    private Component createFilters() {
        departement.setLabel(getTranslation("experts.filter.departement"));
        departement.setItems(Territories.departements());
        departement.setItemLabelGenerator(Departement::label);
        skill.setLabel(getTranslation("experts.filter.module"));
        skill.setItems(modules);
        skill.setItemLabelGenerator(module -> module.number() + ". " + module.title());
        sector.setLabel(getTranslation("experts.filter.sector"));
        sector.setItems(Sector.values());
        sector.setItemLabelGenerator(value -> getTranslation(value.translationKey()));
        for (ComboBox<?> filter : List.of(departement, skill, sector)) {
            filter.setClearButtonVisible(true);
            filter.setPlaceholder(getTranslation("experts.filter.any"));
            filter.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    show();
                    rememberInAddress();
                }
            });
        }
        Section filters = new Section(departement, skill, sector);
        filters.addClassName("pn-filters");
        filters.getElement().setAttribute("aria-label", getTranslation("experts.filters"));
        return filters;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters =
                event.getLocation().getQueryParameters().getParameters();
        departement.setValue(first(parameters, "departement")
                .flatMap(Territories::departement)
                .orElse(null));
        skill.setValue(first(parameters, "competence")
                .flatMap(number -> modules.stream()
                        .filter(module -> String.valueOf(module.number()).equals(number))
                        .findFirst())
                .orElse(null));
        sector.setValue(first(parameters, "secteur")
                .flatMap(code -> Arrays.stream(Sector.values())
                        .filter(value -> value.name().equals(code))
                        .findFirst())
                .orElse(null));
        show();
    }

    private void show() {
        ExpertFilter filter = new ExpertFilter(
                Optional.ofNullable(departement.getValue()).map(Departement::code),
                Optional.ofNullable(skill.getValue()).map(ModuleSummary::number),
                Optional.ofNullable(sector.getValue()));
        List<ExpertCard> found = directory.find(filter);
        results.removeAll();
        if (found.isEmpty()) {
            Div empty = new Div(new Paragraph(getTranslation("experts.none")));
            empty.addClassName("pn-empty");
            results.add(empty);
            return;
        }
        PagedList<ExpertCard> list = new PagedList<>("pn-point-list", card -> new ExpertCardView(card, moduleNames));
        list.show(found, () -> directory.find(filter));
        results.add(new H2(getTranslation("experts.count", found.size())), list);
    }

    private void rememberInAddress() {
        Map<String, String> parameters = new LinkedHashMap<>();
        Optional.ofNullable(departement.getValue()).ifPresent(value -> parameters.put("departement", value.code()));
        Optional.ofNullable(skill.getValue())
                .ifPresent(value -> parameters.put("competence", String.valueOf(value.number())));
        Optional.ofNullable(sector.getValue()).ifPresent(value -> parameters.put("secteur", value.name()));
        getUI().ifPresent(ui -> ui.getPage()
                .getHistory()
                .replaceState(null, new com.vaadin.flow.router.Location(PATH, QueryParameters.simple(parameters))));
    }

    private static Optional<String> first(Map<String, List<String>> parameters, String name) {
        return Optional.ofNullable(parameters.get(name))
                .flatMap(values -> values.stream().findFirst());
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("experts.title"));
    }
}
