package fr.passeportnumerique.curriculum;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Module folders of the content format in memory ({@code modules/NN-slug/...}): the whole curriculum or some of its
 * modules. Read from and written to a folder or a zip file laid out like {@code content/}.
 */
public record CurriculumFiles(List<ModuleFiles> modules) {

    static final String MODULES = "modules";
    /** Limits of an uploaded zip: far above the 20 modules (about 2 MB), far below what could fill the disk. */
    static final long MAX_UNZIPPED_BYTES = 100L * 1024 * 1024;
    /** The largest zip an upload reads: a zip is no larger than what it unpacks to, apart from its headers. */
    public static final int MAX_ZIP_BYTES = (int) MAX_UNZIPPED_BYTES;

    static final int MAX_ENTRIES = 5_000;

    public CurriculumFiles {
        modules = modules.stream()
                .sorted(Comparator.comparing(ModuleFiles::folder))
                .toList();
    }

    public Optional<ModuleFiles> module(String slug) {
        return modules.stream().filter(module -> module.slug().equals(slug)).findFirst();
    }

    /** These modules, with the given ones replacing those of the same slug or added. */
    public CurriculumFiles replacing(List<ModuleFiles> replacements) {
        Map<String, ModuleFiles> bySlug = new LinkedHashMap<>();
        modules.forEach(module -> bySlug.put(module.slug(), module));
        replacements.forEach(module -> bySlug.put(module.slug(), module));
        return new CurriculumFiles(new ArrayList<>(bySlug.values()));
    }

    /** The module folders of a content folder; none when it has no {@code modules/} folder. */
    public static CurriculumFiles read(Path contentDir) {
        Path folder = contentDir.resolve(MODULES);
        if (!Files.isDirectory(folder)) {
            return new CurriculumFiles(List.of());
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return new CurriculumFiles(entries.filter(Files::isDirectory)
                    .filter(path -> !path.getFileName().toString().startsWith("."))
                    .map(ModuleFiles::read)
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code modules/NN-slug/...} under the given folder. */
    public void writeTo(Path contentDir) {
        modules.forEach(module -> module.writeUnder(contentDir.resolve(MODULES)));
    }

    public byte[] toZip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (ModuleFiles module : modules) {
                for (Map.Entry<String, byte[]> file : module.files().entrySet()) {
                    ZipEntry entry = new ZipEntry(MODULES + "/" + module.folder() + "/" + file.getKey());
                    // A fixed time: the same curriculum gives the same zip.
                    entry.setTime(0);
                    zip.putNextEntry(entry);
                    zip.write(file.getValue());
                    zip.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Reads a zip laid out like {@code content/} (a leading folder around {@code modules/} is accepted, as archivers
     * add one). Entries outside {@code modules/NN-slug/}, hidden files and folders are left out; a path that climbs
     * out of its folder, too many entries or too many bytes refuse the whole file.
     */
    public static CurriculumFiles fromZip(InputStream input) throws UnreadableZipException {
        Map<String, SortedMap<String, byte[]>> byFolder = new TreeMap<>();
        long total = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(input)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw new UnreadableZipException("zip-too-many-files");
                }
                String name = entry.getName().replace('\\', '/');
                if (name.startsWith("/") || name.contains("../") || name.equals("..") || name.contains(":")) {
                    throw new UnreadableZipException("zip-unsafe-path");
                }
                if (entry.isDirectory() || ModuleFiles.isHidden(name) || name.startsWith("__MACOSX/")) {
                    continue;
                }
                Optional<String[]> place = placeOf(name);
                if (place.isEmpty()) {
                    continue;
                }
                byte[] content = readLimited(zip, MAX_UNZIPPED_BYTES - total);
                total += content.length;
                byFolder.computeIfAbsent(place.get()[0], folder -> new TreeMap<>())
                        .put(place.get()[1], content);
            }
        } catch (ZipException e) {
            throw new UnreadableZipException("zip-unreadable");
        } catch (IOException e) {
            throw new UnreadableZipException("zip-unreadable");
        }
        List<ModuleFiles> modules = new ArrayList<>();
        byFolder.forEach((folder, files) -> modules.add(new ModuleFiles(folder, files)));
        return new CurriculumFiles(modules);
    }

    /** The module folder and the path inside it, for {@code [top/]modules/NN-slug/path}. */
    private static Optional<String[]> placeOf(String name) {
        String[] parts = name.split("/");
        int modules = parts.length > 1 && parts[0].equals(MODULES) ? 0 : 1;
        if (parts.length < modules + 3 || !parts[modules].equals(MODULES)) {
            return Optional.empty();
        }
        String folder = parts[modules + 1];
        if (ModuleFiles.slugOf(folder).isEmpty()) {
            return Optional.empty();
        }
        String path = String.join("/", Arrays.copyOfRange(parts, modules + 2, parts.length));
        return Optional.of(new String[] {folder, path});
    }

    private static byte[] readLimited(InputStream input, long allowed) throws IOException, UnreadableZipException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long read = 0;
        int count;
        while ((count = input.read(buffer)) > 0) {
            read += count;
            if (read > allowed) {
                throw new UnreadableZipException("zip-too-large");
            }
            out.write(buffer, 0, count);
        }
        return out.toByteArray();
    }

    /** A zip that cannot be taken; the key names the reason for the person who sent it. */
    public static final class UnreadableZipException extends Exception {

        private final String messageKey;

        UnreadableZipException(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }
}
