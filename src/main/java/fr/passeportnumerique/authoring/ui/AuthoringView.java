package fr.passeportnumerique.authoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.InMemoryUploadCallback;
import com.vaadin.flow.server.streams.UploadHandler;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.authoring.AuthoringException;
import fr.passeportnumerique.authoring.CurriculumTransfer;
import fr.passeportnumerique.authoring.DraftService;
import fr.passeportnumerique.authoring.ModuleNode;
import fr.passeportnumerique.base.ui.MainLayout;
import fr.passeportnumerique.base.ui.PageTitles;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;

/** The trainers' workshop: every module with its lessons and quiz and where each stands; zip export and import. */
@Route(value = "atelier", layout = MainLayout.class)
@Menu(order = 8.5, title = "layout.nav.authoring")
@RolesAllowed({AppRoles.TRAINER, AppRoles.ADMIN})
class AuthoringView extends Composite<Div> implements HasDynamicTitle {

    static final String ZIP_TYPE = "application/zip";

    private final CurriculumTransfer transfer;

    AuthoringView(DraftService drafts, CurriculumTransfer transfer) {
        this.transfer = transfer;
        H1 title = new H1(getTranslation("authoring.title"));
        title.addClassName("pn-title");
        getContent().add(title, new Paragraph(getTranslation("authoring.intro")), createTransfers());
        Div modules = new Div();
        modules.addClassName("pn-authoring-tree");
        List<ModuleNode> tree = drafts.tree();
        tree.forEach(module -> modules.add(createModule(module)));
        if (tree.isEmpty()) {
            Div empty = new Div(new Paragraph(getTranslation("authoring.empty")));
            empty.addClassName("pn-empty");
            modules.add(empty);
        }
        getContent().add(modules);
    }

    private Component createTransfers() {
        Anchor export = new Anchor(
                DownloadHandler.fromInputStream(download -> {
                    byte[] zip = transfer.exportAll();
                    return new DownloadResponse(
                            new ByteArrayInputStream(zip), "passeport-numerique-contenu.zip", ZIP_TYPE, zip.length);
                }),
                getTranslation("authoring.export-all"));
        export.setTarget(AnchorTarget.BLANK);
        export.getElement().setAttribute("download", true);
        export.addClassName("pn-button");
        String tooLarge = getTranslation("authoring.import.zip-too-large");
        Upload upload =
                new Upload(zipReceiver((metadata, bytes) -> preview(bytes), () -> Outcomes.refused(this, tooLarge)));
        upload.setAcceptedFileTypes(ZIP_TYPE, ".zip");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(CurriculumTransfer.ZIP_MAX_BYTES);
        upload.addFileRejectedListener(rejected -> Outcomes.refused(this, tooLarge));
        upload.setUploadButton(new com.vaadin.flow.component.button.Button(getTranslation("authoring.import")));
        upload.setDropLabel(new Span(getTranslation("authoring.import.drop")));
        Div row = new Div(export, upload);
        row.addClassNames("pn-actions-row", "pn-authoring-transfers");
        return row;
    }

    /** What receives a zip to import: it stops reading at the size limit. */
    static UploadHandler zipReceiver(InMemoryUploadCallback accepted, SerializableRunnable tooLarge) {
        return new SizeLimitedUpload(CurriculumTransfer.ZIP_MAX_BYTES, accepted, tooLarge);
    }

    private void preview(byte[] zip) {
        try {
            new ImportDialog(transfer, transfer.preview(zip)).open();
        } catch (AuthoringException refused) {
            Outcomes.refused(this, refused);
        }
    }

    private Component createModule(ModuleNode module) {
        RouterLink name = WorkshopLinks.module(
                module.slug(), getTranslation("authoring.module-name", module.number(), module.title()));
        H2 heading = new H2(name);
        UnorderedList lessons = new UnorderedList();
        lessons.addClassName("pn-authoring-lessons");
        module.lessons()
                .forEach(lesson -> lessons.add(new ListItem(
                        WorkshopLinks.lesson(
                                module.slug(), lesson.path().substring("lessons/".length()), lesson.title()),
                        StatusBadge.of(this, lesson.status()))));
        module.quiz()
                .ifPresent(quiz -> lessons.add(new ListItem(
                        WorkshopLinks.quiz(module.slug(), getTranslation("authoring.quiz")),
                        StatusBadge.of(this, quiz))));
        Div card = new Div(new Div(heading, StatusBadge.of(this, module.status())), lessons);
        card.addClassNames("pn-panel", "pn-authoring-module");
        card.setId("module-" + module.slug());
        return card;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("authoring.title"));
    }
}
