package fr.passeportnumerique.directory.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.base.ui.MainLayout;
import fr.passeportnumerique.base.ui.PageTitles;
import fr.passeportnumerique.base.ui.Steps;
import fr.passeportnumerique.curriculum.CurriculumService;
import fr.passeportnumerique.curriculum.ModuleNames;
import fr.passeportnumerique.curriculum.ModuleSummary;
import fr.passeportnumerique.directory.ExpertListing;
import fr.passeportnumerique.directory.ExpertSpaceNav;
import fr.passeportnumerique.directory.OwnPack;
import fr.passeportnumerique.directory.PackListing;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;

/** The expert's own packs: write a new one, change, publish or withdraw, delete. */
@Route(value = ExpertPacksView.PATH, layout = MainLayout.class)
@RolesAllowed(AppRoles.EXPERT)
class ExpertPacksView extends Composite<Div> implements HasDynamicTitle {

    static final String PATH = ExpertSpaceNav.PACKS;
    private final ExpertListing listing;
    private final List<ModuleSummary> modules;
    private final ModuleNames moduleNames;
    private final Div list = new Div();

    ExpertPacksView(ExpertListing listing, CurriculumService curriculum) {
        this.listing = listing;
        this.modules = curriculum.modules();
        this.moduleNames = new ModuleNames(modules);
        if (ExpertSpaceNav.open(getContent(), PATH, "expert-packs.title", listing)
                .isEmpty()) {
            return;
        }
        Button create = new Button(getTranslation("expert-packs.new"), click -> edit(Optional.empty()));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClassName("pn-new-pack");
        getContent().add(new Paragraph(getTranslation("expert-packs.lead")), create, list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<OwnPack> packs = listing.myPacks();
        if (packs.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("expert-packs.none"));
            none.addClassName("pn-empty");
            list.add(none);
            return;
        }
        UnorderedList cards = new UnorderedList();
        cards.addClassName("pn-pack-list");
        for (OwnPack pack : packs) {
            Span state = new Span(getTranslation(pack.published() ? "expert-packs.published" : "expert-packs.hidden"));
            state.addClassNames("pn-status", pack.published() ? "pn-status-ok" : "pn-status-pending");
            Button change = new Button(getTranslation("expert-packs.edit"), click -> edit(Optional.of(pack)));
            Button toggle = new Button(
                    getTranslation(pack.published() ? "expert-packs.hide" : "expert-packs.publish"),
                    click -> act(() -> listing.publishPack(pack.id(), !pack.published()), "expert-packs.saved"));
            Button delete = new Button(getTranslation("expert-packs.delete"), click -> confirmDelete(pack));
            delete.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            Div actions = new Div(change, toggle, delete);
            actions.addClassName("pn-actions-row");
            Div card = new Div(
                    state,
                    new PackCard(new PackListing(pack.id(), 0, "", pack.details()), moduleNames, false),
                    actions);
            card.addClassName("pn-own-pack");
            cards.add(new ListItem(card));
        }
        list.add(cards);
    }

    private void edit(Optional<OwnPack> pack) {
        new PackEditorDialog(pack.map(OwnPack::details), modules, written -> {
                    boolean saved = Steps.run(
                            this,
                            () -> listing.savePack(pack.map(OwnPack::id), written),
                            getTranslation("expert-packs.saved"));
                    if (saved) {
                        refresh();
                    }
                    return saved;
                })
                .open();
    }

    private void confirmDelete(OwnPack pack) {
        ConfirmDialog dialog = new ConfirmDialog(
                getTranslation("expert-packs.delete.title"),
                getTranslation("expert-packs.delete.text", pack.details().title()),
                getTranslation("expert-packs.delete"),
                confirmed -> act(() -> listing.deletePack(pack.id()), "expert-packs.deleted"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("handoff.withdraw.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void act(Runnable step, String doneKey) {
        if (Steps.run(this, step, getTranslation(doneKey))) {
            refresh();
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("expert-packs.title"));
    }
}
