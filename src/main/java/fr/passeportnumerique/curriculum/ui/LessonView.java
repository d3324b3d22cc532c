package fr.passeportnumerique.curriculum.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.passeportnumerique.base.ui.Breadcrumb;
import fr.passeportnumerique.base.ui.Breadcrumb.Crumb;
import fr.passeportnumerique.base.ui.CurriculumLanguage;
import fr.passeportnumerique.base.ui.Durations;
import fr.passeportnumerique.base.ui.MainLayout;
import fr.passeportnumerique.base.ui.MetaList;
import fr.passeportnumerique.base.ui.PageTitles;
import fr.passeportnumerique.curriculum.CurriculumService;
import fr.passeportnumerique.curriculum.LessonExtension;
import fr.passeportnumerique.curriculum.LessonPage;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A lesson to read: typeset text, where it stands in the module, and the way to the next one. */
@Route(value = "modules/:" + ModuleView.MODULE + "/:" + LessonView.LESSON, layout = MainLayout.class)
@AnonymousAllowed
class LessonView extends Composite<Article> implements BeforeEnterObserver, HasDynamicTitle {

    static final String LESSON = "lessonSlug";
    private final CurriculumService curriculum;
    private final List<LessonExtension> extensions;
    private String pageTitle = "";

    LessonView(CurriculumService curriculum, List<LessonExtension> extensions) {
        this.curriculum = curriculum;
        this.extensions = extensions;
    }

    static RouteParameters parameters(String moduleSlug, String lessonSlug) {
        return new RouteParameters(Map.of(ModuleView.MODULE, moduleSlug, LESSON, lessonSlug));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteParameters parameters = event.getRouteParameters();
        Optional<LessonPage> page = parameters
                .get(ModuleView.MODULE)
                .flatMap(module -> parameters.get(LESSON).flatMap(lesson -> curriculum.lesson(module, lesson)));
        if (page.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(page.get());
    }

    private void show(LessonPage page) {
        pageTitle = page.lesson().title();
        getContent().removeAll();
        getContent().addClassName("pn-lesson");
        getContent().add(createBreadcrumb(page), createHeader(page), new Prose(page.html()));
        page.review().map(LessonReviewNote::new).ifPresent(getContent()::add);
        for (LessonExtension extension : extensions) {
            extension.componentFor(page.module().slug(), page.lesson().slug()).ifPresent(getContent()::add);
        }
        getContent().add(new LessonNavigation(page));
        scrollToTheSectionAsked();
    }

    /**
     * A link such as the quiz's "revoir" names a section after {@code #}; the server never sees it, and the section
     * exists only once the page is drawn, so the browser is asked to go there then, and to put the keyboard focus
     * there too.
     */
    private void scrollToTheSectionAsked() {
        getElement()
                .executeJs("const go = () => {"
                        + " const id = decodeURIComponent(window.location.hash.slice(1));"
                        + " const target = id && document.getElementById(id);"
                        + " if (target) { target.setAttribute('tabindex', '-1');"
                        + " target.focus({preventScroll: true}); target.scrollIntoView(); } };"
                        // After the router's own scrolling to the top of the new page.
                        + "requestAnimationFrame(() => setTimeout(go, 50));");
    }

    private Component createBreadcrumb(LessonPage page) {
        return new Breadcrumb(List.of(
                new Crumb(getTranslation("layout.nav.catalogue"), ""),
                new Crumb(
                        getTranslation(
                                "module.label",
                                page.module().number(),
                                page.module().title()),
                        ModuleView.path(page.module().slug())),
                Crumb.current(page.lesson().title())));
    }

    private Component createHeader(LessonPage page) {
        Span eyebrow =
                new Span(getTranslation("lesson.position", page.module().number(), page.index(), page.lessonCount()));
        eyebrow.addClassName("pn-eyebrow");
        H1 title = CurriculumLanguage.french(new H1(page.lesson().title()));
        title.addClassName("pn-title");
        MetaList meta = new MetaList()
                .with(
                        VaadinIcon.CLOCK,
                        getTranslation(
                                "lesson.reading-time",
                                Durations.format(page.lesson().durationMinutes(), getLocale())));
        Header header = new Header(eyebrow, title, meta);
        header.addClassName("pn-lesson-header");
        return header;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(pageTitle);
    }
}
