package fr.passeportnumerique.directory.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import fr.passeportnumerique.base.territory.Territories;
import fr.passeportnumerique.base.ui.MetaList;
import fr.passeportnumerique.curriculum.ModuleNames;
import fr.passeportnumerique.directory.DirectoryLinks;
import fr.passeportnumerique.directory.ExpertCandidate;
import fr.passeportnumerique.directory.ExpertCard;

/** One expert in the directory: name, where they work, what they know, whether they can take a client this month. */
class ExpertCardView extends Composite<Article> {

    ExpertCardView(ExpertCard card, ModuleNames modules) {
        ExpertCandidate expert = card.candidate();
        Span place = new Span(card.postcode() + " " + card.town());
        place.addClassName("pn-eyebrow");
        Anchor name = new Anchor(DirectoryLinks.expert(card.id()), card.companyName());
        name.getElement().setAttribute("aria-label", getTranslation("experts.open", card.companyName()));
        MetaList meta = new MetaList().with(VaadinIcon.MAP_MARKER, getTranslation("experts.serves", served(expert)));
        if (expert.remote()) {
            meta.with(VaadinIcon.LAPTOP, getTranslation("experts.remote"));
        }
        meta.with(VaadinIcon.CALENDAR_USER, getTranslation("experts.capacity", expert.availableThisMonth()));
        Paragraph skills = new Paragraph(
                getTranslation("experts.skills", modules.sentence(expert.skills(), getTranslation("list.and"))));
        skills.addClassName("pn-expert-skills");
        getContent().addClassNames("pn-card", "pn-expert");
        getContent().add(place, new H3(name), skills, meta);
    }

    private static String served(ExpertCandidate expert) {
        return String.join(
                ", ",
                expert.departements().stream()
                        .sorted()
                        .map(code -> Territories.departement(code)
                                .map(departement -> departement.name() + " (" + code + ")")
                                .orElse(code))
                        .toList());
    }
}
