package fr.passeportnumerique.curriculum.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The images of a module ({@code media/}): known types only, of a reasonable size. */
final class MediaFolder {

    static final long MAX_BYTES = 2L * 1024 * 1024;
    static final Map<String, String> TYPES = Map.of(
            "svg", "image/svg+xml",
            "png", "image/png",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg",
            "webp", "image/webp",
            "gif", "image/gif");

    private final List<MediaSource> files = new ArrayList<>();

    MediaFolder(ContentFiles content, Problems problems, Path folder) {
        for (Path file : content.list(folder, Files::isRegularFile, problems)) {
            read(file, content, problems).ifPresent(files::add);
        }
    }

    private static Optional<MediaSource> read(Path file, ContentFiles content, Problems problems) {
        Problems.FileProblems here = problems.in(content.display(file));
        String name = file.getFileName().toString();
        String extension =
                name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        String type = TYPES.get(extension);
        try {
            if (type == null || !name.matches("[A-Za-z0-9._-]+")) {
                here.add(0, "media-type", name, String.join(", ", new TreeSet<>(TYPES.keySet())));
            } else if (Files.size(file) > MAX_BYTES) {
                here.add(0, "media-too-large", name, String.valueOf(MAX_BYTES / 1024 / 1024));
            } else {
                return Optional.of(new MediaSource(name, type, Files.readAllBytes(file)));
            }
        } catch (IOException e) {
            here.add(0, "read-error", e.getMessage());
        }
        return Optional.empty();
    }

    List<MediaSource> files() {
        return List.copyOf(files);
    }

    Set<String> names() {
        Set<String> names = new TreeSet<>();
        files.forEach(file -> names.add(file.fileName()));
        return names;
    }
}
