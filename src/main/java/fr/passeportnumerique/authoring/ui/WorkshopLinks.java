package fr.passeportnumerique.authoring.ui;

import com.vaadin.flow.router.RouteParam;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

/** Links between the workshop's pages, made by the router from each view's route and the module's slug. */
final class WorkshopLinks {

    private static final String MODULE = "module";

    private WorkshopLinks() {}

    static RouterLink tree(String text) {
        return new RouterLink(text, AuthoringView.class);
    }

    static RouterLink module(String moduleSlug, String text) {
        return new RouterLink(text, ModuleWorkspaceView.class, new RouteParameters(MODULE, moduleSlug));
    }

    static RouterLink quiz(String moduleSlug, String text) {
        return new RouterLink(text, QuizEditorView.class, new RouteParameters(MODULE, moduleSlug));
    }

    static RouterLink history(String moduleSlug, String text) {
        return new RouterLink(text, HistoryView.class, new RouteParameters(MODULE, moduleSlug));
    }

    /** {@code file} is the lesson's file name in the module's {@code lessons/} folder. */
    static RouterLink lesson(String moduleSlug, String file, String text) {
        return new RouterLink(
                text,
                LessonEditorView.class,
                new RouteParameters(new RouteParam(MODULE, moduleSlug), new RouteParam("file", file)));
    }
}
