package fr.passeportnumerique.curriculum.internal;

import fr.passeportnumerique.curriculum.LessonReview;
import fr.passeportnumerique.curriculum.format.FrontMatterFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Reads a module's {@code lessons/} folder: files named {@code NN-slug.md}, in the order of their numbers. */
final class LessonFolder {

    private static final Pattern FILE_NAME = Pattern.compile("(\\d{2})-(.+)\\.md");
    private static final Set<String> FIELDS = Stream.concat(
                    Stream.of("slug", "title", "duration_minutes"), ReviewFields.NAMES.stream())
            .collect(Collectors.toUnmodifiableSet());

    private final ContentFiles files;
    private final Problems problems;
    private final BodyChecker bodies;
    private final LocalDate today;

    LessonFolder(ContentFiles files, Problems problems, BodyChecker bodies, LocalDate today) {
        this.files = files;
        this.problems = problems;
        this.bodies = bodies;
        this.today = today;
    }

    List<LessonSource> read(Path folder, MediaFolder media) {
        List<Path> lessonFiles = files.list(folder, Files::isRegularFile, problems);
        if (lessonFiles.isEmpty()) {
            problems.in(files.display(folder)).add(0, "no-lessons");
            return List.of();
        }
        List<LessonSource> lessons = new ArrayList<>();
        Map<Integer, String> positions = new HashMap<>();
        Map<String, String> slugs = new HashMap<>();
        for (Path file : lessonFiles) {
            Problems.FileProblems here = problems.in(files.display(file));
            Matcher name = FILE_NAME.matcher(file.getFileName().toString());
            if (!name.matches() || !Slugs.isValid(name.group(2))) {
                here.add(0, "lesson-file-name", file.getFileName().toString());
                continue;
            }
            int position = Integer.parseInt(name.group(1));
            String earlier = positions.putIfAbsent(position, file.getFileName().toString());
            if (earlier != null) {
                here.add(0, "duplicate-lesson-position", name.group(1), earlier);
                continue;
            }
            read(file, position, name.group(2), here, media).ifPresent(lesson -> {
                String same =
                        slugs.putIfAbsent(lesson.slug(), file.getFileName().toString());
                if (same != null) {
                    here.add(2, "duplicate-lesson-slug", lesson.slug(), same);
                }
                lessons.add(lesson);
            });
        }
        return lessons;
    }

    private Optional<LessonSource> read(
            Path file, int position, String fileSlug, Problems.FileProblems here, MediaFolder media) {
        Optional<FrontMatterFile> document = files.frontMatter(file, here);
        Optional<YamlMap> yaml = document.flatMap(d -> YamlMap.parse(d.yaml(), d.yamlFirstLine(), here));
        if (yaml.isEmpty()) {
            return Optional.empty();
        }
        YamlMap fields = yaml.get();
        fields.rejectUnknownKeys(FIELDS);
        Optional<String> slug = fields.text("slug", true, Slugs.MAX_LENGTH);
        slug.filter(value -> !Slugs.isValid(value))
                .ifPresent(value -> here.add(fields.lineOf("slug"), "invalid-slug", value));
        slug.filter(value -> Slugs.isValid(value) && !value.equals(fileSlug))
                .ifPresent(value -> here.add(fields.lineOf("slug"), "slug-mismatch", value, fileSlug));
        Optional<String> title = fields.text("title", true, ModuleSource.TITLE_MAX_LENGTH);
        Optional<Integer> duration = fields.integer("duration_minutes", true, 1, 240);
        Optional<LessonReview> review = ReviewFields.read(fields, today, here);
        bodies.check(document.get(), here, media.names());
        if (slug.isEmpty() || title.isEmpty() || duration.isEmpty() || review.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LessonSource(
                slug.get(),
                position,
                title.get(),
                duration.get(),
                document.get().body().strip(),
                review.get()));
    }
}
