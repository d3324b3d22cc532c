package fr.passeportnumerique.authoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.authoring.AuthoringException;
import fr.passeportnumerique.authoring.CurriculumTransfer;
import fr.passeportnumerique.authoring.DraftService;
import fr.passeportnumerique.authoring.ItemStatus;
import fr.passeportnumerique.authoring.ModuleInfoService;
import fr.passeportnumerique.authoring.ModuleNode;
import fr.passeportnumerique.authoring.PublishingService;
import fr.passeportnumerique.base.ui.MainLayout;
import fr.passeportnumerique.base.ui.PageTitles;
import fr.passeportnumerique.curriculum.ImportOutcome;
import fr.passeportnumerique.curriculum.ImportReport;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;

/** One module in the workshop: its lessons (reordered by dragging), added or removed; publication and history. */
@Route(value = "atelier/:module", layout = MainLayout.class)
@RolesAllowed({AppRoles.TRAINER, AppRoles.ADMIN})
class ModuleWorkspaceView extends Composite<Div> implements BeforeEnterObserver, HasDynamicTitle {

    private final DraftService drafts;
    private final ModuleInfoService presentation;
    private final PublishingService publishing;
    private final CurriculumTransfer transfer;
    private String moduleSlug;
    private ModuleNode module;

    ModuleWorkspaceView(
            DraftService drafts,
            ModuleInfoService presentation,
            PublishingService publishing,
            CurriculumTransfer transfer) {
        this.drafts = drafts;
        this.presentation = presentation;
        this.publishing = publishing;
        this.transfer = transfer;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        moduleSlug = event.getRouteParameters().get("module").orElse("");
        try {
            show();
        } catch (AuthoringException missing) {
            event.rerouteTo(AuthoringView.class);
        }
    }

    private void show() {
        module = drafts.module(moduleSlug);
        getContent().removeAll();
        RouterLink back = WorkshopLinks.tree(getTranslation("authoring.back-to-tree"));
        H1 title = new H1(getTranslation("authoring.module-name", module.number(), module.title()));
        title.addClassName("pn-title");
        Paragraph published = new Paragraph(module.published()
                .map(version -> getTranslation(
                        "authoring.published-version",
                        version.number(),
                        fr.passeportnumerique.base.i18n.Dates.longDate(version.publishedAt(), getLocale())))
                .orElse(""));
        getContent().add(back, title, new Div(StatusBadge.of(this, module.status()), published), createActions());
        H2 lessons = new H2(getTranslation("authoring.lessons"));
        lessons.addClassName("pn-authoring-section");
        getContent()
                .add(
                        lessons,
                        new LessonGrid(
                                module,
                                order -> step(() -> drafts.reorderLessons(moduleSlug, order)),
                                this::confirmRemoval),
                        createAddLesson());
    }

    private Component createAddLesson() {
        TextField name = new TextField(getTranslation("authoring.new-lesson"));
        name.setMaxLength(160);
        name.addClassName("pn-wide-field");
        Button add = new Button(getTranslation("authoring.add-lesson"), click -> {
            String title = name.getValue();
            step(() -> drafts.addLesson(moduleSlug, title));
        });
        Div row = new Div(name, add);
        row.addClassNames("pn-actions-row", "pn-authoring-add");
        return row;
    }

    private Component createActions() {
        Button publish = new Button(getTranslation("authoring.publish"), click -> confirmPublication());
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setEnabled(module.status() != ItemStatus.PUBLISHED);
        Button discard = new Button(
                getTranslation("authoring.discard"),
                click -> new ConfirmDialog(
                                getTranslation("authoring.discard.title"),
                                getTranslation("authoring.discard.text"),
                                getTranslation("authoring.discard"),
                                confirmed -> step(() -> drafts.discard(moduleSlug)),
                                getTranslation("authoring.cancel"),
                                cancelled -> {})
                        .open());
        discard.setEnabled(module.status() != ItemStatus.PUBLISHED);
        Button info = new Button(
                getTranslation("authoring.module-info"),
                click -> new ModuleInfoDialog(presentation, presentation.moduleInfo(moduleSlug), this::show).open());
        RouterLink quiz = WorkshopLinks.quiz(moduleSlug, getTranslation("authoring.edit-quiz"));
        quiz.addClassName("pn-button-secondary");
        RouterLink history = WorkshopLinks.history(moduleSlug, getTranslation("authoring.history"));
        history.addClassName("pn-button-secondary");
        Anchor export = new Anchor(
                DownloadHandler.fromInputStream(download -> {
                    byte[] zip = transfer.exportModule(moduleSlug);
                    return new DownloadResponse(
                            new ByteArrayInputStream(zip), moduleSlug + ".zip", AuthoringView.ZIP_TYPE, zip.length);
                }),
                getTranslation("authoring.export-module"));
        export.getElement().setAttribute("download", true);
        export.addClassName("pn-button-secondary");
        Div row = new Div(publish, discard, info, quiz, history, export);
        row.addClassName("pn-actions-row");
        return row;
    }

    private void confirmPublication() {
        TextArea note = new TextArea(getTranslation("authoring.publish.note"));
        note.setMaxLength(300);
        note.setWidthFull();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("authoring.publish.title"));
        dialog.add(new Paragraph(getTranslation("authoring.publish.text")), note);
        dialog.setConfirmText(getTranslation("authoring.publish"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("authoring.cancel"));
        dialog.addConfirmListener(confirmed -> publish(note.getValue()));
        dialog.open();
    }

    private void publish(String note) {
        ImportReport report = publishing.publish(moduleSlug, note);
        if (report.outcome() == ImportOutcome.FAILED) {
            show();
            getContent().addComponentAtIndex(3, Outcomes.problems(this, report.problems()));
            Outcomes.refused(this, getTranslation("authoring.publish.failed"));
        } else {
            show();
            Outcomes.done(getTranslation("authoring.publish.done"));
        }
    }

    private void confirmRemoval(ModuleNode.LessonNode lesson) {
        new ConfirmDialog(
                        getTranslation("authoring.remove.title", lesson.title()),
                        getTranslation("authoring.remove.text"),
                        getTranslation("authoring.remove"),
                        confirmed -> step(() -> drafts.removeLesson(moduleSlug, lesson.path())),
                        getTranslation("authoring.cancel"),
                        cancelled -> {})
                .open();
    }

    private void step(Runnable change) {
        try {
            change.run();
            show();
        } catch (AuthoringException refused) {
            Outcomes.refused(this, refused);
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(module == null ? getTranslation("authoring.title") : module.title());
    }
}
