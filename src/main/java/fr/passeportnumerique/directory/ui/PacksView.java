package fr.passeportnumerique.directory.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.passeportnumerique.base.ui.MainLayout;
import fr.passeportnumerique.base.ui.PageTitles;
import fr.passeportnumerique.base.ui.PagedList;
import fr.passeportnumerique.curriculum.CurriculumService;
import fr.passeportnumerique.curriculum.ModuleNames;
import fr.passeportnumerique.curriculum.ModuleSummary;
import fr.passeportnumerique.directory.ExpertDirectory;
import fr.passeportnumerique.directory.PackListing;
import java.util.List;
import java.util.Optional;

/** Every published pack offer of accredited experts, filtered by the need (module) it covers. */
@Route(value = PacksView.PATH, layout = MainLayout.class)
@AnonymousAllowed
class PacksView extends Composite<Div> implements HasDynamicTitle {

    static final String PATH = "offres";
    private final ExpertDirectory directory;
    private final ModuleNames moduleNames;
    private final Div results = new Div();

    PacksView(ExpertDirectory directory, CurriculumService curriculum) {
        this.directory = directory;
        List<ModuleSummary> modules = curriculum.modules();
        this.moduleNames = new ModuleNames(modules);
        H1 title = new H1(getTranslation("packs.title"));
        title.addClassName("pn-title");
        Paragraph lead = new Paragraph(getTranslation("packs.lead"));
        lead.addClassName("pn-lead");
        ComboBox<ModuleSummary> need = new ComboBox<>(getTranslation("packs.filter.module"));
        need.setItems(modules);
        need.setItemLabelGenerator(module -> module.number() + ". " + module.title());
        need.setPlaceholder(getTranslation("packs.filter.any"));
        need.setClearButtonVisible(true);
        need.addClassName("pn-search-field");
        need.addValueChangeListener(
                change -> show(Optional.ofNullable(change.getValue()).map(ModuleSummary::number)));
        results.setId("offres");
        results.getElement().setAttribute("aria-live", "polite");
        getContent().add(title, lead, need, results);
        show(Optional.empty());
    }

    private void show(Optional<Integer> module) {
        List<PackListing> packs = directory.packs(module);
        results.removeAll();
        if (packs.isEmpty()) {
            Div empty = new Div(new Paragraph(getTranslation("packs.none")));
            empty.addClassName("pn-empty");
            results.add(empty);
            return;
        }
        PagedList<PackListing> list = new PagedList<>("pn-pack-list", pack -> new PackCard(pack, moduleNames, true));
        list.show(packs, () -> directory.packs(module));
        results.add(new H2(getTranslation("packs.count", packs.size())), list);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("packs.title"));
    }
}
