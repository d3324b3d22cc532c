package fr.passeportnumerique.curriculum.internal;

import fr.passeportnumerique.curriculum.GlossaryTerm;
import fr.passeportnumerique.curriculum.format.FrontMatterFile;
import fr.passeportnumerique.curriculum.format.LessonSections;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads and checks one module folder: {@code module.md}, {@code lessons/}, {@code quiz.yaml}, {@code media/}. */
final class ModuleReader {

    static final String MODULE_FILE = "module.md";
    static final String QUIZ_FILE = "quiz.yaml";
    private static final Pattern FOLDER = Pattern.compile("(\\d{2})-(.+)");
    private static final Set<String> FIELDS = Set.of(
            "slug", "number", "title", "summary", "objectives", "duration_minutes", "level", "tags", "prerequisites");

    private final ContentFiles files;
    private final Problems problems;
    private final BodyChecker bodies;
    private final LocalDate today;

    ModuleReader(ContentFiles files, Problems problems, BodyChecker bodies, LocalDate today) {
        this.files = files;
        this.problems = problems;
        this.bodies = bodies;
        this.today = today;
    }

    Optional<ModuleSource> read(Path folder) {
        int before = problems.count();
        Matcher name = FOLDER.matcher(folder.getFileName().toString());
        if (!name.matches() || !Slugs.isValid(name.group(2))) {
            problems.in(files.display(folder))
                    .add(0, "folder-name", folder.getFileName().toString());
            return Optional.empty();
        }
        MediaFolder media = new MediaFolder(files, problems, folder.resolve("media"));
        Optional<ModuleSource> module = readModuleFile(folder, name, media);
        if (module.isEmpty() || problems.count() > before) {
            return Optional.empty();
        }
        return module;
    }

    private Optional<ModuleSource> readModuleFile(Path folder, Matcher name, MediaFolder media) {
        Path file = folder.resolve(MODULE_FILE);
        Problems.FileProblems here = problems.in(files.display(file));
        Optional<FrontMatterFile> document = files.frontMatter(file, here);
        if (document.isEmpty()) {
            return Optional.empty();
        }
        Optional<YamlMap> yaml =
                YamlMap.parse(document.get().yaml(), document.get().yamlFirstLine(), here);
        if (yaml.isEmpty()) {
            return Optional.empty();
        }
        YamlMap fields = yaml.get();
        fields.rejectUnknownKeys(FIELDS);
        Optional<String> slug = fields.text("slug", true, Slugs.MAX_LENGTH);
        slug.ifPresent(value -> checkSlug(value, name.group(2), fields, here));
        Optional<Integer> number = fields.integer("number", true, 1, 99);
        number.filter(value -> value != Integer.parseInt(name.group(1)))
                .ifPresent(value ->
                        here.add(fields.lineOf("number"), "number-mismatch", String.valueOf(value), name.group(1)));
        Optional<String> title = fields.text("title", true, ModuleSource.TITLE_MAX_LENGTH);
        Optional<String> summary = fields.text("summary", true, ModuleSource.SUMMARY_MAX_LENGTH);
        List<String> objectives = fields.texts("objectives", true, ModuleSource.OBJECTIVE_MAX_LENGTH);
        Optional<Integer> duration = fields.integer("duration_minutes", true, 1, 600);
        Optional<String> level = fields.text("level", true, 20);
        level.filter(value -> !ModuleSource.LEVELS.contains(value))
                .ifPresent(value -> here.add(
                        fields.lineOf("level"), "invalid-level", value, String.join(", ", ModuleSource.LEVELS)));
        List<String> tags = fields.texts("tags", false, ModuleSource.TAG_MAX_LENGTH);
        List<String> prerequisites = fields.texts("prerequisites", false, Slugs.MAX_LENGTH);
        String introduction = document.get().body().strip();
        bodies.check(document.get(), here, media.names());
        int beforeLessons = problems.count();
        List<LessonSource> lessons =
                new LessonFolder(files, problems, bodies, today).read(folder.resolve("lessons"), media);
        LessonSections sections =
                problems.count() > beforeLessons ? LessonSections.incomplete() : bodies.sectionsOf(lessons);
        QuizSource quiz = new QuizReader(problems)
                .read(folder.resolve(QUIZ_FILE), files, sections)
                .orElse(null);
        List<GlossaryTerm> glossary =
                new GlossaryReader(problems).read(folder.resolve(GlossaryReader.GLOSSARY_FILE), files);
        if (slug.isEmpty()
                || number.isEmpty()
                || title.isEmpty()
                || summary.isEmpty()
                || duration.isEmpty()
                || level.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ModuleSource(
                slug.get(),
                number.get(),
                title.get(),
                summary.get(),
                objectives,
                duration.get(),
                level.get(),
                tags,
                prerequisites,
                introduction,
                lessons,
                quiz,
                glossary,
                media.files(),
                hash(folder)));
    }

    /** The slug a module folder's name gives ({@code 01-premiers-pas} → {@code premiers-pas}), or the name itself. */
    static String slugOfFolder(Path folder) {
        Matcher name = FOLDER.matcher(folder.getFileName().toString());
        return name.matches() ? name.group(2) : folder.getFileName().toString();
    }

    private static void checkSlug(String slug, String folderSlug, YamlMap fields, Problems.FileProblems here) {
        if (!Slugs.isValid(slug)) {
            here.add(fields.lineOf("slug"), "invalid-slug", slug);
        } else if (!slug.equals(folderSlug)) {
            here.add(fields.lineOf("slug"), "slug-mismatch", slug, folderSlug);
        }
    }

    private String hash(Path folder) {
        try {
            return ContentHash.of(folder);
        } catch (IOException e) {
            problems.in(files.display(folder)).add(0, "read-error", e.getMessage());
            return "";
        }
    }
}
