package fr.passeportnumerique.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeportnumerique.IntegrationTest;
import fr.passeportnumerique.SignedIn;
import fr.passeportnumerique.SiteClient;
import fr.passeportnumerique.account.AppRoles;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An image uploaded into a draft: shown to trainers for the preview, to nobody else, and as an image only. */
@IntegrationTest
class DraftMediaHttpIT {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};

    @Autowired
    DraftService drafts;

    @LocalServerPort
    int port;

    @AfterEach
    void dropTheDraft() {
        SignedIn.as("formateur@example.org", AppRoles.TRAINER, () -> drafts.discard("premiers-pas"));
    }

    @Test
    void a_drafted_image_is_served_to_trainers_only() {
        String path = SignedIn.as(
                "formateur@example.org", AppRoles.TRAINER, () -> drafts.addImage("premiers-pas", "Schéma.png", PNG));
        assertThat(path).isEqualTo("media/schema.png");
        String url = "/atelier-media/premiers-pas/schema.png";

        SiteClient trainer = new SiteClient(port);
        trainer.signIn("formateur@example.org", "Passeport-Demo-2026");
        HttpResponse<byte[]> image = trainer.getBytes(url);
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(image.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(image.body()).isEqualTo(PNG);
        assertThat(trainer.status("/atelier-media/premiers-pas/absente.png")).isEqualTo(404);

        SiteClient learner = new SiteClient(port);
        learner.signIn("apprenant@example.org", "Passeport-Demo-2026");
        assertThat(learner.status(url)).isIn(302, 401, 403);
        assertThat(new SiteClient(port).status(url)).isIn(302, 401, 403);
    }
}
