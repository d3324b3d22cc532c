package fr.passeportnumerique.learning.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import fr.passeportnumerique.base.i18n.Dates;
import fr.passeportnumerique.learning.Stamp;

/** One module of the passport: a drawn stamp, its title, and in words whether and when it was stamped. */
class StampTile extends Composite<Article> {

    StampTile(Stamp stamp) {
        Div drawing = new Div();
        drawing.addClassName("pn-stamp-drawing");
        drawing.getElement().setAttribute("aria-hidden", "true");
        drawing.getElement().setProperty("innerHTML", StampDrawing.svg(stamp.moduleNumber(), stamp.isStamped()));
        String status = stamp.stampedAt()
                .map(when -> getTranslation(
                        stamp.validatedByQuiz() ? "passport.stamped.by-quiz" : "passport.stamped",
                        Dates.longDate(when, getLocale())))
                .orElseGet(() -> getTranslation("passport.progress", stamp.lessonsDone(), stamp.lessonCount()));
        getContent().addClassNames("pn-stamp", stamp.isStamped() ? "pn-stamp-done" : "pn-stamp-todo");
        getContent()
                .add(
                        drawing,
                        new H2(getTranslation("module.label", stamp.moduleNumber(), stamp.moduleTitle())),
                        new Paragraph(status));
    }
}
