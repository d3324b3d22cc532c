package fr.passeportnumerique.authoring.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import fr.passeportnumerique.authoring.CurriculumTransfer;
import fr.passeportnumerique.authoring.DraftService;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class UploadLimitsTest {

    private static final int SENT = 45 * 1024 * 1024;

    private final AtomicReference<byte[]> accepted = new AtomicReference<>();
    private final AtomicInteger refusals = new AtomicInteger();

    @Test
    void an_image_upload_stops_reading_at_two_megabytes_and_tells_the_trainer() throws IOException {
        HugeStream sent = new HugeStream(SENT);

        ImageDialog.receiver((metadata, bytes) -> accepted.set(bytes), refusals::incrementAndGet)
                .handleUploadRequest(event(sent, -1));

        assertThat(sent.read).isLessThanOrEqualTo(DraftService.IMAGE_MAX_BYTES + 1L);
        assertThat(accepted.get()).isNull();
        assertThat(refusals.get()).isEqualTo(1);
    }

    @Test
    void a_file_announced_too_large_is_not_read_at_all() throws IOException {
        HugeStream sent = new HugeStream(SENT);

        ImageDialog.receiver((metadata, bytes) -> accepted.set(bytes), refusals::incrementAndGet)
                .handleUploadRequest(event(sent, SENT));

        assertThat(sent.read).isZero();
        assertThat(refusals.get()).isEqualTo(1);
    }

    @Test
    void a_zip_upload_stops_reading_at_its_limit() throws IOException {
        HugeStream sent = new HugeStream(CurriculumTransfer.ZIP_MAX_BYTES + 5_000_000L);

        AuthoringView.zipReceiver((metadata, bytes) -> accepted.set(bytes), refusals::incrementAndGet)
                .handleUploadRequest(event(sent, -1));

        assertThat(sent.read).isLessThanOrEqualTo(CurriculumTransfer.ZIP_MAX_BYTES + 1L);
        assertThat(accepted.get()).isNull();
        assertThat(refusals.get()).isEqualTo(1);
    }

    @Test
    void an_image_within_the_limit_is_received_whole() throws IOException {
        UploadHandler receiver =
                ImageDialog.receiver((metadata, bytes) -> accepted.set(bytes), refusals::incrementAndGet);

        receiver.handleUploadRequest(event(new HugeStream(DraftService.IMAGE_MAX_BYTES), -1));

        assertThat(accepted.get()).hasSize(DraftService.IMAGE_MAX_BYTES);
        assertThat(refusals.get()).isZero();
    }

    private static UploadEvent event(InputStream content, long announcedSize) {
        UI ui = mock(UI.class);
        when(ui.access(any())).thenAnswer(call -> {
            call.getArgument(0, Command.class).execute();
            return null;
        });
        UploadEvent event = mock(UploadEvent.class);
        when(event.getUI()).thenReturn(ui);
        when(event.getInputStream()).thenReturn(content);
        when(event.getFileName()).thenReturn("photo.png");
        when(event.getContentType()).thenReturn("image/png");
        when(event.getFileSize()).thenReturn(announcedSize);
        return event;
    }

    /** Bytes made as they are read, counting how many were. */
    private static final class HugeStream extends InputStream {
        private final long size;
        private long read;

        HugeStream(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (read >= size) {
                return -1;
            }
            read++;
            return 'x';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (read >= size) {
                return -1;
            }
            int n = (int) Math.min(length, size - read);
            Arrays.fill(buffer, offset, offset + n, (byte) 'x');
            read += n;
            return n;
        }
    }
}
