package fr.passeportnumerique.curriculum.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import fr.passeportnumerique.base.ui.CurriculumLanguage;
import fr.passeportnumerique.curriculum.LessonPage;
import fr.passeportnumerique.curriculum.LessonSummary;

/** Previous and next lesson; after the last lesson, the way back to the module. */
class LessonNavigation extends Composite<Nav> {

    LessonNavigation(LessonPage page) {
        getContent().addClassName("pn-lesson-nav");
        getContent().getElement().setAttribute("aria-label", getTranslation("lesson.navigation"));
        String module = page.module().slug();
        page.previous()
                .ifPresent(previous -> getContent().add(link(module, previous, "lesson.previous", "pn-previous")));
        page.next()
                .ifPresentOrElse(
                        next -> getContent().add(link(module, next, "lesson.next", "pn-next")),
                        () -> getContent().add(backToModule(page)));
    }

    private RouterLink link(String module, LessonSummary lesson, String labelKey, String className) {
        RouterLink link = new RouterLink("", LessonView.class, LessonView.parameters(module, lesson.slug()));
        link.add(new Span(getTranslation(labelKey)), CurriculumLanguage.french(new Span(lesson.title())));
        link.addClassName(className);
        return link;
    }

    private RouterLink backToModule(LessonPage page) {
        RouterLink link = new RouterLink(
                "", ModuleView.class, ModuleView.parameters(page.module().slug()));
        link.add(new Span(getTranslation("lesson.end")), new Span(getTranslation("lesson.back-to-module")));
        link.addClassName("pn-next");
        return link;
    }
}
