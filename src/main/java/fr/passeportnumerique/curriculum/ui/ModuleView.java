package fr.passeportnumerique.curriculum.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.passeportnumerique.base.ui.Breadcrumb;
import fr.passeportnumerique.base.ui.Breadcrumb.Crumb;
import fr.passeportnumerique.base.ui.Durations;
import fr.passeportnumerique.base.ui.MainLayout;
import fr.passeportnumerique.base.ui.PageTitles;
import fr.passeportnumerique.curriculum.CurriculumService;
import fr.passeportnumerique.curriculum.LearnerProgress;
import fr.passeportnumerique.curriculum.LessonSummary;
import fr.passeportnumerique.curriculum.ModuleDetail;
import fr.passeportnumerique.curriculum.ModulePageExtension;
import fr.passeportnumerique.curriculum.ProgressSnapshot;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;

/** A module's page: what it teaches, the introduction, and its lessons in order. */
@Route(value = "modules/:" + ModuleView.MODULE, layout = MainLayout.class)
@AnonymousAllowed
class ModuleView extends Composite<Div> implements BeforeEnterObserver, HasDynamicTitle {

    static final String MODULE = "moduleSlug";
    private final CurriculumService curriculum;
    private final List<ModulePageExtension> extensions;
    private final ObjectProvider<LearnerProgress> learnerProgress;
    private String pageTitle = "";

    ModuleView(
            CurriculumService curriculum,
            List<ModulePageExtension> extensions,
            ObjectProvider<LearnerProgress> learnerProgress) {
        this.curriculum = curriculum;
        this.extensions = extensions;
        this.learnerProgress = learnerProgress;
    }

    static RouteParameters parameters(String moduleSlug) {
        return new RouteParameters(MODULE, moduleSlug);
    }

    static String path(String moduleSlug) {
        return "modules/" + moduleSlug;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ModuleDetail> module = event.getRouteParameters().get(MODULE).flatMap(curriculum::module);
        if (module.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(module.get());
    }

    private void show(ModuleDetail module) {
        pageTitle = module.link().title();
        getContent().removeAll();
        getContent()
                .add(
                        new Breadcrumb(List.of(
                                new Crumb(getTranslation("layout.nav.catalogue"), ""),
                                Crumb.current(getTranslation(
                                        "module.label",
                                        module.link().number(),
                                        module.link().title())))),
                        new ModuleHeader(module));
        extensions.forEach(extension -> extension.componentFor(module).ifPresent(getContent()::add));
        Optional<ProgressSnapshot> progress =
                Optional.ofNullable(learnerProgress.getIfAvailable()).flatMap(LearnerProgress::ofSignedInLearner);
        getContent().add(new Prose(module.introductionHtml()), createLessons(module, progress));
        if (!module.glossary().isEmpty()) {
            getContent().add(new GlossaryPanel(module.glossary()));
        }
    }

    private Component createLessons(ModuleDetail module, Optional<ProgressSnapshot> progress) {
        H2 heading = new H2(getTranslation("module.lessons.title"));
        OrderedList list = new OrderedList();
        list.addClassName("pn-lesson-list");
        for (LessonSummary lesson : module.lessons()) {
            RouterLink link = new RouterLink(
                    lesson.title(),
                    LessonView.class,
                    LessonView.parameters(module.link().slug(), lesson.slug()));
            ListItem item = new ListItem(link, new Span(Durations.format(lesson.durationMinutes(), getLocale())));
            if (progress.map(learner -> learner.isDone(module.link().slug(), lesson.slug()))
                    .orElse(false)) {
                Span done = new Span(VaadinIcon.CHECK.create(), new Span(getTranslation("module.lesson.done")));
                done.addClassName("pn-lesson-done");
                item.add(done);
                item.addClassName("pn-done");
            }
            list.add(item);
        }
        Section section = new Section(heading, list);
        section.addClassName("pn-lessons");
        if (module.quizQuestionCount() > 0) {
            // The quiz feature builds on the curriculum, so the page links to the quiz by its address.
            Anchor take = MainLayout.routerAnchor(
                    path(module.link().slug()) + "/quiz", new Text(getTranslation("module.quiz.take")));
            take.addClassName("pn-button");
            Div quiz = new Div(
                    VaadinIcon.CHECK_SQUARE_O.create(),
                    new Paragraph(getTranslation("module.quiz", module.quizQuestionCount())),
                    take);
            quiz.addClassName("pn-quiz-note");
            section.add(quiz);
        }
        return section;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(pageTitle);
    }
}
