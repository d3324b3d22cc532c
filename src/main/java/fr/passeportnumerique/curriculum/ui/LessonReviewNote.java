package fr.passeportnumerique.curriculum.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import fr.passeportnumerique.base.i18n.Dates;
import fr.passeportnumerique.curriculum.LessonReview;
import java.net.URI;

/** Under a lesson: when its claims were last checked, and the sources to read more, each opening in a new tab. */
class LessonReviewNote extends Composite<Aside> {

    LessonReviewNote(LessonReview review) {
        Paragraph checked = new Paragraph(
                VaadinIcon.CALENDAR_O.create(),
                new Text(getTranslation("lesson.review.checked", Dates.longDate(review.reviewedOn(), getLocale()))));
        checked.addClassName("pn-lesson-review-date");
        UnorderedList sources = new UnorderedList();
        sources.addClassName("pn-lesson-sources");
        for (String address : review.sources()) {
            Anchor link = new Anchor(address, label(address), AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer");
            link.getElement().setAttribute("hreflang", "fr");
            sources.add(new ListItem(link));
        }
        Paragraph sourcesTitle = new Paragraph(getTranslation("lesson.review.sources"));
        sourcesTitle.addClassName("pn-lesson-sources-title");
        getContent().addClassName("pn-lesson-review");
        getContent().getElement().setAttribute("aria-label", getTranslation("lesson.review.label"));
        getContent().add(checked, sourcesTitle, sources);
    }

    /**
     * The address without its scheme and "www.": readable, still telling whose page it is, and never shortened, so
     * that two pages of one site stay told apart (a long one wraps).
     */
    static String label(String address) {
        URI uri = URI.create(address);
        String host = uri.getHost().startsWith("www.") ? uri.getHost().substring(4) : uri.getHost();
        String path = uri.getPath() == null || uri.getPath().equals("/") ? "" : uri.getPath();
        String query = uri.getQuery() == null ? "" : "?" + uri.getQuery();
        String label = host + path + query;
        return label.endsWith("/") ? label.substring(0, label.length() - 1) : label;
    }
}
