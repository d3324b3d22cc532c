package fr.passeportnumerique.authoring.web;

import fr.passeportnumerique.authoring.DraftService;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Serves a module's image as its draft has it, to trainers only (the service checks the role). */
@RestController
class DraftMediaController {

    private static final Map<String, String> TYPES = Map.of(
            "png", "image/png",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg",
            "gif", "image/gif",
            "webp", "image/webp",
            "svg", "image/svg+xml");

    private final DraftService drafts;

    DraftMediaController(DraftService drafts) {
        this.drafts = drafts;
    }

    @GetMapping("/atelier-media/{module}/{name:[A-Za-z0-9._-]+}")
    ResponseEntity<byte[]> image(@PathVariable String module, @PathVariable String name) {
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        String type = TYPES.get(extension);
        if (type == null) {
            return ResponseEntity.notFound().build();
        }
        try {
            byte[] content = drafts.currentFiles(module).files().get("media/" + name);
            return content == null
                    ? ResponseEntity.notFound().build()
                    : ResponseEntity.ok()
                            .contentType(MediaType.parseMediaType(type))
                            .cacheControl(CacheControl.noStore())
                            .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                            .header("X-Content-Type-Options", "nosniff")
                            .body(content);
        } catch (fr.passeportnumerique.authoring.AuthoringException unknownModule) {
            return ResponseEntity.notFound().build();
        }
    }
}
