package fr.passeportnumerique.authoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.server.streams.InMemoryUploadCallback;
import com.vaadin.flow.server.streams.UploadHandler;
import fr.passeportnumerique.authoring.AuthoringException;
import fr.passeportnumerique.authoring.DraftService;
import java.util.function.Consumer;

/** Uploads an image into the module's media; its description is required, for people who cannot see it. */
class ImageDialog extends Dialog {

    private byte[] content;
    private String fileName;

    ImageDialog(DraftService drafts, String moduleSlug, Consumer<String> insert) {
        setHeaderTitle(getTranslation("authoring.image.title"));
        TextField alt = new TextField(getTranslation("authoring.image.alt"));
        alt.setRequired(true);
        alt.setMaxLength(200);
        alt.setWidthFull();
        alt.setHelperText(getTranslation("authoring.image.alt-help"));
        String tooLarge = getTranslation("authoring.error.image-too-large", DraftService.IMAGE_MAX_BYTES / 1024 / 1024);
        Upload upload = new Upload(receiver(
                (metadata, bytes) -> {
                    content = bytes;
                    fileName = metadata.fileName();
                },
                () -> Outcomes.refused(this, tooLarge)));
        upload.setAcceptedFileTypes("image/png", "image/jpeg", "image/webp", "image/gif");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(DraftService.IMAGE_MAX_BYTES);
        upload.addFileRejectedListener(rejected -> Outcomes.refused(this, tooLarge));
        Button add = new Button(getTranslation("authoring.image.insert"), click -> {
            if (alt.getValue().isBlank()) {
                alt.setInvalid(true);
                alt.setErrorMessage(getTranslation("authoring.image.alt-required"));
                return;
            }
            if (content == null) {
                Outcomes.refused(this, getTranslation("authoring.image.none"));
                return;
            }
            try {
                String path = drafts.addImage(moduleSlug, fileName, content);
                insert.accept("![" + alt.getValue().replace("]", "").strip() + "](" + path + ")");
                close();
            } catch (AuthoringException refused) {
                Outcomes.refused(this, refused);
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(getTranslation("authoring.image.rules")), upload, alt);
        getFooter().add(new Button(getTranslation("authoring.cancel"), click -> close()), add);
        setWidth("min(32rem, 95vw)");
    }

    /** What receives the image: it stops reading at the size limit. */
    static UploadHandler receiver(InMemoryUploadCallback accepted, SerializableRunnable tooLarge) {
        return new SizeLimitedUpload(DraftService.IMAGE_MAX_BYTES, accepted, tooLarge);
    }
}
