package fr.passeportnumerique.base.ui;

import com.vaadin.flow.component.UI;
import fr.passeportnumerique.base.i18n.Translations;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The words Vaadin's components say by themselves, in the page's language: the password field's reveal button,
 * the grids' sorters, the multiple choices' announcements, the upload's buttons and messages. Vaadin 25.2 gives
 * Flow no setter for most of them (the grid's sorter label is written by its connector, in English), so one script
 * per page sets them in the browser on every such component the page shows, now and later. Date pickers have
 * their own ({@link FrenchDates}); the sign-in form's texts are set by its view.
 */
final class BuiltInTexts {

    private static final String SCRIPT = script();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BuiltInTexts() {}

    /** Sets the texts on the page of {@code ui}, in its language. */
    static void install(UI ui) {
        ui.getPage().executeJs(SCRIPT, texts(ui.getLocale()).toString());
    }

    /** Per component tag, the texts its {@code i18n} property takes; {@code sortBy} for the grids' sorters. */
    static ObjectNode texts(Locale locale) {
        ObjectNode texts = JSON.createObjectNode();
        texts.put("sortBy", text("component.grid.sort-by", locale, "{0}"));
        texts.putObject("vaadin-password-field").put("reveal", text("component.password.reveal", locale));
        texts.putObject("vaadin-multi-select-combo-box")
                .put("cleared", text("component.multi-select.cleared", locale))
                .put("focused", text("component.multi-select.focused", locale))
                .put("selected", text("component.multi-select.selected", locale))
                .put("deselected", text("component.multi-select.deselected", locale))
                .put("total", text("component.multi-select.total", locale, "{count}"));
        ObjectNode upload = upload(locale);
        texts.set("vaadin-upload", upload);
        texts.set("vaadin-upload-file-list", upload);
        return texts;
    }

    private static ObjectNode upload(Locale locale) {
        ObjectNode upload = JSON.createObjectNode();
        upload.putObject("dropFiles")
                .put("one", text("component.upload.drop-file", locale))
                .put("many", text("component.upload.drop-files", locale));
        upload.putObject("addFiles")
                .put("one", text("component.upload.add-file", locale))
                .put("many", text("component.upload.add-files", locale));
        upload.putObject("error")
                .put("tooManyFiles", text("component.upload.too-many-files", locale))
                .put("fileIsTooBig", text("component.upload.file-too-big", locale))
                .put("incorrectFileType", text("component.upload.wrong-type", locale));
        ObjectNode uploading = upload.putObject("uploading");
        uploading
                .putObject("status")
                .put("connecting", text("component.upload.connecting", locale))
                .put("stalled", text("component.upload.stalled", locale))
                .put("processing", text("component.upload.processing", locale))
                .put("held", text("component.upload.queued", locale));
        uploading
                .putObject("remainingTime")
                .put("prefix", text("component.upload.remaining-time", locale))
                .put("unknown", text("component.upload.remaining-time-unknown", locale));
        uploading
                .putObject("error")
                .put("serverUnavailable", text("component.upload.server-unavailable", locale))
                .put("unexpectedServerError", text("component.upload.server-error", locale))
                .put("forbidden", text("component.upload.forbidden", locale))
                .put("fileTooLarge", text("component.upload.file-too-large", locale));
        upload.putObject("file")
                .put("retry", text("component.upload.retry", locale))
                .put("start", text("component.upload.start", locale))
                .put("remove", text("component.upload.remove", locale));
        var sizes = upload.putObject("units").putArray("size");
        Arrays.stream(text("component.upload.units", locale).split(",")).forEach(sizes::add);
        return upload;
    }

    private static String text(String key, Locale locale, Object... parameters) {
        return Translations.translate(key, locale, parameters);
    }

    private static String script() {
        try (InputStream in = BuiltInTexts.class.getResourceAsStream("built-in-texts.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
