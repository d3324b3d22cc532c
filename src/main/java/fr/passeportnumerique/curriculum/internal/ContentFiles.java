package fr.passeportnumerique.curriculum.internal;

import fr.passeportnumerique.curriculum.format.FrontMatterFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Access to the files under the content folder, with the names problems show. */
final class ContentFiles {

    private final Path root;
    private final Path shownFrom;

    ContentFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.shownFrom = this.root.getParent() == null ? this.root : this.root.getParent();
    }

    Path root() {
        return root;
    }

    /** The path shown to people: from the content folder's name on, with forward slashes. */
    String display(Path path) {
        return shownFrom
                .relativize(path.toAbsolutePath().normalize())
                .toString()
                .replace('\\', '/');
    }

    /** The visible entries of a folder of the given kind, sorted by name; none when the folder is absent. */
    List<Path> list(Path folder, Predicate<Path> kind, Problems problems) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(kind)
                    .filter(path -> !path.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            problems.in(display(folder)).add(0, "read-error", e.getMessage());
            return List.of();
        }
    }

    Optional<String> text(Path file, Problems.FileProblems problems) {
        if (!Files.isRegularFile(file)) {
            problems.add(0, "missing-file", file.getFileName().toString());
            return Optional.empty();
        }
        try {
            return Optional.of(TextFiles.read(file));
        } catch (TextFiles.NotUtf8Exception e) {
            problems.add(0, "not-utf8");
        } catch (IOException e) {
            problems.add(0, "read-error", e.getMessage());
        }
        return Optional.empty();
    }

    Optional<FrontMatterFile> frontMatter(Path file, Problems.FileProblems problems) {
        Optional<String> text = text(file, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<FrontMatterFile> document = FrontMatterFile.split(text.get());
        if (document.isEmpty()) {
            problems.add(1, "no-front-matter");
        }
        return document;
    }
}
