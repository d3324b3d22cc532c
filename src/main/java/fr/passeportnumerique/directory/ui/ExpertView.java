package fr.passeportnumerique.directory.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.passeportnumerique.base.i18n.Dates;
import fr.passeportnumerique.base.i18n.Sentences;
import fr.passeportnumerique.base.markdown.MarkdownRenderer;
import fr.passeportnumerique.base.territory.Territories;
import fr.passeportnumerique.base.ui.Breadcrumb;
import fr.passeportnumerique.base.ui.Breadcrumb.Crumb;
import fr.passeportnumerique.base.ui.MainLayout;
import fr.passeportnumerique.base.ui.MetaList;
import fr.passeportnumerique.base.ui.PageTitles;
import fr.passeportnumerique.curriculum.CurriculumService;
import fr.passeportnumerique.curriculum.ModuleNames;
import fr.passeportnumerique.directory.Accreditation;
import fr.passeportnumerique.directory.Contact;
import fr.passeportnumerique.directory.ExpertDirectory;
import fr.passeportnumerique.directory.ExpertPage;
import fr.passeportnumerique.directory.ExpertProfile;
import fr.passeportnumerique.directory.ExpertProfileUpdate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** An expert's public profile; an expired or suspended accreditation is said first, and plainly. */
@Route(value = "experts/:id", layout = MainLayout.class)
@AnonymousAllowed
class ExpertView extends Composite<Div> implements BeforeEnterObserver, HasDynamicTitle {

    private final ExpertDirectory directory;
    private final MarkdownRenderer markdown;
    private final ModuleNames modules;
    private String title = "";

    ExpertView(ExpertDirectory directory, MarkdownRenderer markdown, CurriculumService curriculum) {
        this.directory = directory;
        this.markdown = markdown;
        this.modules = new ModuleNames(curriculum.modules());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ExpertPage> page = event.getRouteParameters()
                .get("id")
                .filter(id -> id.matches("\\d{1,18}"))
                .flatMap(id -> directory.expert(Long.parseLong(id)));
        if (page.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(page.get());
    }

    private void show(ExpertPage page) {
        ExpertProfile profile = page.profile();
        title = profile.companyName();
        H1 heading = new H1(profile.companyName());
        heading.addClassName("pn-title");
        getContent().removeAll();
        getContent().addClassName("pn-expert-page");
        getContent()
                .add(
                        new Breadcrumb(List.of(
                                new Crumb(getTranslation("layout.nav.experts"), ExpertsView.PATH),
                                Crumb.current(profile.companyName()))),
                        heading,
                        accreditation(page),
                        facts(profile),
                        presentation(profile),
                        packs(page));
    }

    private Component accreditation(ExpertPage page) {
        ExpertProfile profile = page.profile();
        String day = Dates.longDate(
                page.accreditation() == Accreditation.NOT_YET_VALID
                        ? profile.accreditedFrom()
                        : profile.accreditedUntil(),
                getLocale());
        Paragraph status = new Paragraph(getTranslation(page.accreditation().translationKey(), day));
        status.addClassNames(
                "pn-status", page.accreditation() == Accreditation.VALID ? "pn-status-ok" : "pn-status-failed");
        status.setId("accreditation");
        return status;
    }

    private Component facts(ExpertProfile profile) {
        Contact contact = profile.contact();
        MetaList meta = new MetaList()
                .with(VaadinIcon.DIPLOMA, getTranslation("expert.number", profile.accreditationNumber()))
                .with(VaadinIcon.BUILDING, getTranslation("expert.siret", profile.siret()))
                .with(VaadinIcon.MAP_MARKER, contact.street() + ", " + contact.postcode() + " " + contact.town())
                .with(VaadinIcon.USER, getTranslation("expert.contact", contact.name()))
                .with(VaadinIcon.PHONE, contact.phone())
                .with(
                        VaadinIcon.GLOBE,
                        getTranslation(
                                "expert.languages",
                                Sentences.join(
                                        ExpertProfileUpdate.LANGUAGES.stream()
                                                .filter(profile.languages()::contains)
                                                .map(code -> getTranslation("language." + code))
                                                .toList(),
                                        getTranslation("list.and"))));
        // A paragraph's links are underlined: colour alone does not tell a link from the text around it.
        Paragraph email = new Paragraph(new Anchor(
                "mailto:" + profile.contact().email(), profile.contact().email()));
        email.addClassName("pn-expert-email");
        UnorderedList served = new UnorderedList();
        profile.departements().stream()
                .sorted()
                .forEach(code -> served.add(new ListItem(
                        Territories.departement(code).map(d -> d.label()).orElse(code))));
        if (profile.remote()) {
            served.add(new ListItem(getTranslation("experts.remote")));
        }
        UnorderedList sectors = new UnorderedList();
        profile.clientsBySector().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(entry -> sectors.add(new ListItem(getTranslation(
                        "expert.sector.clients",
                        entry.getValue(),
                        getTranslation(entry.getKey().translationKey())))));
        Paragraph skills = new Paragraph(
                getTranslation("experts.skills", modules.sentence(profile.skills(), getTranslation("list.and"))));
        Div panel = new Div(
                meta,
                email,
                skills,
                new H2(getTranslation("expert.departements")),
                served,
                new H2(getTranslation("expert.sectors")),
                sectors);
        panel.addClassNames("pn-panel", "pn-expert-facts");
        return panel;
    }

    private Component presentation(ExpertProfile profile) {
        Div prose = new Div(new H2(getTranslation("expert.presentation")));
        prose.addClassName("pn-prose");
        prose.add(new Html("<div>" + presentationHtml(profile.presentation()) + "</div>"));
        return prose;
    }

    /**
     * An expert writes their presentation: on a public page it shows no images (no tracking pixels) and its links
     * carry no endorsement from the programme.
     */
    private String presentationHtml(String presentation) {
        org.jsoup.nodes.Document html =
                org.jsoup.Jsoup.parseBodyFragment(markdown.render(presentation, UnaryOperator.identity()));
        html.select("img").remove();
        html.select("a[href]").attr("rel", "nofollow noopener");
        html.outputSettings().prettyPrint(false);
        return html.body().html();
    }

    private Component packs(ExpertPage page) {
        Div section = new Div(new H2(getTranslation("expert.packs")));
        if (page.packs().isEmpty() || page.accreditation() != Accreditation.VALID) {
            Paragraph none = new Paragraph(getTranslation("expert.packs.none"));
            section.add(none);
            return section;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("pn-pack-list");
        page.packs().forEach(pack -> list.add(new ListItem(new PackCard(pack, modules, false))));
        section.add(list);
        return section;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(title);
    }
}
