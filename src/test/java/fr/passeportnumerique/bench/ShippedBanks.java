package fr.passeportnumerique.bench;

import fr.passeportnumerique.curriculum.format.FrontMatterFile;
import fr.passeportnumerique.curriculum.format.QuestionType;
import fr.passeportnumerique.curriculum.format.QuizFileFormat;
import fr.passeportnumerique.curriculum.format.QuizQuestion;
import fr.passeportnumerique.quiz.placement.AuthoredDifficulty;
import fr.passeportnumerique.quiz.placement.PlacementItem;
import fr.passeportnumerique.quiz.placement.ScoredParts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;

/**
 * The twenty question banks as shipped in {@code content/modules}: each module's slug and duration from its
 * {@code module.md}, each question of its {@code quiz.yaml} read by the project's own reader, at its authored
 * difficulty (its own, or its type's typical one), and the number of parts its grading scores ({@link ScoredParts}).
 */
record ShippedBanks(
        List<String> moduleSlugs,
        Map<String, Integer> minutesBySlug,
        List<PlacementItem> items,
        Map<String, QuestionType> typeByKey,
        Map<String, Integer> partsByKey) {

    static ShippedBanks read(Path modules) {
        List<String> slugs = new ArrayList<>();
        Map<String, Integer> minutes = new HashMap<>();
        List<PlacementItem> items = new ArrayList<>();
        Map<String, QuestionType> types = new HashMap<>();
        Map<String, Integer> parts = new HashMap<>();
        for (Path folder : folders(modules)) {
            Map<String, Object> front = new Yaml()
                    .load(FrontMatterFile.split(text(folder.resolve("module.md")))
                            .orElseThrow()
                            .yaml());
            String slug = (String) front.get("slug");
            slugs.add(slug);
            minutes.put(slug, (Integer) front.get("duration_minutes"));
            for (QuizQuestion question : QuizFileFormat.readPublished(text(folder.resolve("quiz.yaml")))
                    .questions()) {
                PlacementItem item = new PlacementItem(
                        slug, question.id(), AuthoredDifficulty.logit(question), ScoredParts.of(question));
                items.add(item);
                types.put(item.key(), question.type());
                parts.put(item.key(), ScoredParts.of(question));
            }
        }
        return new ShippedBanks(
                List.copyOf(slugs), Map.copyOf(minutes), List.copyOf(items), Map.copyOf(types), Map.copyOf(parts));
    }

    /** The same banks as an engine without partial credit sees them: every question one part, right or wrong. */
    ShippedBanks rightOrWrong() {
        List<PlacementItem> whole = items.stream()
                .map(item -> new PlacementItem(item.moduleSlug(), item.questionId(), item.difficulty()))
                .toList();
        return new ShippedBanks(moduleSlugs, minutesBySlug, whole, typeByKey, partsByKey);
    }

    int moduleIndex(String slug) {
        return moduleSlugs.indexOf(slug);
    }

    private static List<Path> folders(Path modules) {
        try (Stream<Path> children = Files.list(modules)) {
            return children.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
