package fr.passeportnumerique.handoff.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.base.ui.MainLayout;
import fr.passeportnumerique.base.ui.PageTitles;
import fr.passeportnumerique.base.ui.Steps;
import fr.passeportnumerique.curriculum.CurriculumService;
import fr.passeportnumerique.curriculum.ModuleNames;
import fr.passeportnumerique.directory.DirectoryLinks;
import fr.passeportnumerique.directory.ExpertListing;
import fr.passeportnumerique.directory.ExpertPage;
import fr.passeportnumerique.directory.ExpertSpaceNav;
import fr.passeportnumerique.handoff.ExpertSpaceService;
import fr.passeportnumerique.handoff.HandoffStatus;
import fr.passeportnumerique.handoff.IncomingRequest;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** The expert's space: new requests to answer, requests in progress, and closed ones. */
@Route(value = ExpertSpaceView.PATH, layout = MainLayout.class)
@Menu(order = 3.6, title = "layout.nav.expert-space")
@RolesAllowed(AppRoles.EXPERT)
class ExpertSpaceView extends Composite<Div> implements HasDynamicTitle {

    static final String PATH = ExpertSpaceNav.REQUESTS;
    private final ExpertSpaceService space;
    private final ExpertListing listing;
    private final ModuleNames modules;

    ExpertSpaceView(ExpertSpaceService space, ExpertListing listing, CurriculumService curriculum) {
        this.space = space;
        this.listing = listing;
        this.modules = new ModuleNames(curriculum.modules());
        getContent().addClassName("pn-expert-space");
        refresh();
    }

    private void refresh() {
        getContent().removeAll();
        Optional<ExpertPage> me = ExpertSpaceNav.open(getContent(), PATH, "expert-space.title", listing);
        if (me.isEmpty()) {
            return;
        }
        Paragraph who = new Paragraph(
                getTranslation("expert-space.lead", me.get().profile().companyName()));
        who.addClassName("pn-lead");
        who.add(" ");
        who.add(new Anchor(DirectoryLinks.expert(me.get().id()), getTranslation("expert-space.profile")));
        getContent().add(who);
        List<IncomingRequest> requests = space.requests();
        section("expert-space.new", requests, request -> request.status() == HandoffStatus.SENT);
        section(
                "expert-space.ongoing",
                requests,
                request -> request.status() == HandoffStatus.ACCEPTED || request.status() == HandoffStatus.QUOTE_SENT);
        section("expert-space.closed", requests, request -> !request.status().isOpen());
    }

    private void section(String titleKey, List<IncomingRequest> requests, Predicate<IncomingRequest> belongs) {
        List<IncomingRequest> shown = requests.stream().filter(belongs).toList();
        getContent().add(new H2(getTranslation(titleKey, shown.size())));
        if (shown.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation(titleKey + ".none"));
            none.addClassName("pn-muted");
            getContent().add(none);
        }
        shown.forEach(request -> getContent().add(new IncomingRequestCard(request, modules, this::move)));
    }

    private void move(long requestId, HandoffStatus next, Optional<String> message) {
        if (Steps.run(
                this,
                () -> space.move(requestId, next, message),
                getTranslation("expert-space.done", getTranslation(next.translationKey())))) {
            refresh();
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("expert-space.title"));
    }
}
