package fr.passeportnumerique.authoring.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.server.streams.InMemoryUploadCallback;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Receives one file in memory, reading no byte past its limit: a larger file is refused as soon as the limit is
 * crossed (or at once when its announced size says so), never held whole. The browser checks the size too, but a
 * script can send anything.
 */
final class SizeLimitedUpload implements UploadHandler {

    private final int maxBytes;
    private final InMemoryUploadCallback accepted;
    private final SerializableRunnable tooLarge;

    SizeLimitedUpload(int maxBytes, InMemoryUploadCallback accepted, SerializableRunnable tooLarge) {
        this.maxBytes = maxBytes;
        this.accepted = accepted;
        this.tooLarge = tooLarge;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        if (event.getFileSize() > maxBytes) {
            refuse(event, ui);
            return;
        }
        byte[] content;
        try (InputStream in = event.getInputStream()) {
            content = in.readNBytes(maxBytes + 1);
        }
        if (content.length > maxBytes) {
            refuse(event, ui);
            return;
        }
        UploadMetadata metadata = new UploadMetadata(event.getFileName(), event.getContentType(), content.length);
        ui.access(() -> {
            try {
                accepted.complete(metadata, content);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private void refuse(UploadEvent event, UI ui) {
        event.reject("File larger than " + maxBytes + " bytes");
        ui.access(tooLarge::run);
    }
}
