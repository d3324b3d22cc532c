package fr.passeportnumerique.curriculum.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and checks a module's {@code quiz.yaml}: its shape and each question's own rules (a single-choice
 * question has exactly one right answer, an ordering question at least two items...).
 */
final class QuizReader {

    static final int DEFAULT_PASS_MARK = 70;
    private static final Set<String> QUIZ_FIELDS = Set.of("pass_mark", "draw", "questions");
    private static final Set<String> COMMON_FIELDS = Set.of("id", "type", "prompt", "explanation");
    private static final Map<String, Set<String>> TYPE_FIELDS = Map.of(
            "single_choice", Set.of("choices"),
            "multiple_choice", Set.of("choices"),
            "true_false", Set.of("answer"),
            "ordering", Set.of("items"),
            "matching", Set.of("pairs"),
            "short_answer", Set.of("accepted"),
            "scenario", Set.of("situation", "choices"));
    private static final int TEXT_MAX_LENGTH = 1000;

    private final Problems problems;

    QuizReader(Problems problems) {
        this.problems = problems;
    }

    Optional<QuizSource> read(Path file, ContentFiles files) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Problems.FileProblems here = problems.in(files.display(file));
        Optional<String> text = files.text(file, here);
        Optional<YamlMap> yaml = text.flatMap(t -> YamlMap.parse(t, 1, here));
        if (yaml.isEmpty()) {
            return Optional.empty();
        }
        YamlMap quiz = yaml.get();
        quiz.rejectUnknownKeys(QUIZ_FIELDS);
        int passMark = quiz.integer("pass_mark", false, 1, 100).orElse(DEFAULT_PASS_MARK);
        List<YamlMap> questions = quiz.maps("questions", true);
        Optional<Integer> draw = quiz.integer("draw", false, 1, 200);
        draw.filter(asked -> asked > questions.size())
                .ifPresent(tooMany -> here.add(
                        quiz.lineOf("draw"),
                        "quiz-draw-too-large",
                        String.valueOf(tooMany),
                        String.valueOf(questions.size())));
        Set<String> ids = new HashSet<>();
        for (YamlMap question : questions) {
            checkQuestion(question, ids, here);
        }
        int askedPerAttempt = Math.min(draw.orElse(questions.size()), questions.size());
        return Optional.of(new QuizSource(text.get(), passMark, askedPerAttempt));
    }

    private static void checkQuestion(YamlMap question, Set<String> ids, Problems.FileProblems here) {
        question.text("id", true, Slugs.MAX_LENGTH).ifPresent(id -> {
            if (!Slugs.isValid(id)) {
                here.add(question.lineOf("id"), "invalid-slug", id);
            } else if (!ids.add(id)) {
                here.add(question.lineOf("id"), "quiz-duplicate-id", id);
            }
        });
        question.text("prompt", true, TEXT_MAX_LENGTH);
        question.text("explanation", true, TEXT_MAX_LENGTH);
        Optional<String> type = question.text("type", true, 40);
        if (type.isEmpty()) {
            return;
        }
        Set<String> specific = TYPE_FIELDS.get(type.get());
        if (specific == null) {
            here.add(
                    question.lineOf("type"),
                    "quiz-unknown-type",
                    type.get(),
                    String.join(", ", TYPE_FIELDS.keySet().stream().sorted().toList()));
            return;
        }
        Set<String> allowed = new HashSet<>(COMMON_FIELDS);
        allowed.addAll(specific);
        question.rejectUnknownKeys(allowed);
        new QuestionRules(question, here).check(type.get());
    }
}
