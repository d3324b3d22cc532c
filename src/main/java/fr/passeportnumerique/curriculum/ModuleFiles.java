package fr.passeportnumerique.curriculum;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One module's folder of the content format, in memory: its name ({@code 06-cybersecurite}) and its files by path
 * inside it ({@code module.md}, {@code lessons/01-mots-de-passe.md}, {@code media/schema.png}...).
 */
public record ModuleFiles(String folder, SortedMap<String, byte[]> files) {

    private static final Pattern FOLDER = Pattern.compile("(\\d{2})-([a-z0-9-]+)");

    public ModuleFiles {
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    /** The module's slug, as its folder name says ({@code 06-cybersecurite} → {@code cybersecurite}). */
    public String slug() {
        return slugOf(folder).orElse(folder);
    }

    public static Optional<String> slugOf(String folder) {
        Matcher name = FOLDER.matcher(folder);
        return name.matches() ? Optional.of(name.group(2)) : Optional.empty();
    }

    public Optional<String> text(String path) {
        return Optional.ofNullable(files.get(path)).map(bytes -> new String(bytes, StandardCharsets.UTF_8));
    }

    public boolean has(String path) {
        return files.containsKey(path);
    }

    public ModuleFiles with(String path, byte[] content) {
        SortedMap<String, byte[]> changed = new TreeMap<>(files);
        changed.put(path, content);
        return new ModuleFiles(folder, changed);
    }

    public ModuleFiles without(String path) {
        SortedMap<String, byte[]> changed = new TreeMap<>(files);
        changed.remove(path);
        return new ModuleFiles(folder, changed);
    }

    /** Same paths with the same bytes. */
    public boolean sameFilesAs(ModuleFiles other) {
        if (!files.keySet().equals(other.files.keySet())) {
            return false;
        }
        return files.entrySet().stream()
                .allMatch(entry -> Arrays.equals(entry.getValue(), other.files.get(entry.getKey())));
    }

    /** The module folder's files, hidden ones left out as the reader does. */
    public static ModuleFiles read(Path folder) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String path = folder.relativize(file).toString().replace('\\', '/');
                if (!isHidden(path)) {
                    files.put(path, Files.readAllBytes(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ModuleFiles(folder.getFileName().toString(), files);
    }

    /** Writes the files under {@code parent/folder}. */
    public void writeUnder(Path parent) {
        Path root = parent.resolve(folder);
        try {
            Files.createDirectories(root);
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path target = root.resolve(file.getKey()).normalize();
                if (!target.startsWith(root)) {
                    throw new IllegalArgumentException("A file path leaves its module folder: " + file.getKey());
                }
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isHidden(String path) {
        for (String part : path.split("/")) {
            if (part.startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
