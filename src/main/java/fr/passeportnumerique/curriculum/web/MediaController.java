package fr.passeportnumerique.curriculum.web;

import fr.passeportnumerique.curriculum.CurriculumService;
import fr.passeportnumerique.curriculum.MediaFile;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /media/{module}/{file}}: the images lessons show. An SVG opened on its own must not run anything,
 * so every image goes out with a policy that forbids scripts.
 */
@RestController
class MediaController {

    private static final String NO_SCRIPTS = "default-src 'none'; style-src 'unsafe-inline'; sandbox";
    private final CurriculumService curriculum;

    MediaController(CurriculumService curriculum) {
        this.curriculum = curriculum;
    }

    @GetMapping("/media/{moduleSlug}/{fileName:.+}")
    ResponseEntity<byte[]> media(@PathVariable String moduleSlug, @PathVariable String fileName) {
        return curriculum
                .media(moduleSlug, fileName)
                .map(MediaController::ok)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static ResponseEntity<byte[]> ok(MediaFile file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .header("Content-Security-Policy", NO_SCRIPTS)
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline")
                .body(file.content());
    }
}
