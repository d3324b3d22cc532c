package fr.passeportnumerique.curriculum.internal;

import fr.passeportnumerique.curriculum.format.LessonSections;
import fr.passeportnumerique.curriculum.format.QuizFile;
import fr.passeportnumerique.curriculum.format.QuizFileFormat;
import fr.passeportnumerique.curriculum.format.QuizFileRules;
import fr.passeportnumerique.curriculum.format.QuizProblem;
import fr.passeportnumerique.curriculum.format.QuizRule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and checks a module's {@code quiz.yaml}. The file's shape (known fields, each value of the right kind) is
 * checked here, line by line; what a quiz must hold (exactly one right answer to a single-choice question...) is
 * {@link QuizFileRules}, the editor's rules too, reported at the line of the field at fault.
 */
final class QuizReader {

    private static final Set<String> QUIZ_FIELDS = Set.of("pass_mark", "draw", "questions");
    private static final Set<String> COMMON_FIELDS =
            Set.of("id", "type", "difficulty", "taught_in", "prompt", "explanation");
    private static final Map<String, Set<String>> TYPE_FIELDS = Map.of(
            "single_choice", Set.of("choices"),
            "multiple_choice", Set.of("choices"),
            "true_false", Set.of("answer"),
            "ordering", Set.of("items"),
            "matching", Set.of("pairs"),
            "short_answer", Set.of("accepted"),
            "scenario", Set.of("situation", "choices"));
    private static final int UNBOUNDED = Integer.MAX_VALUE;

    private final Problems problems;

    QuizReader(Problems problems) {
        this.problems = problems;
    }

    Optional<QuizSource> read(Path file, ContentFiles files, LessonSections lessons) {
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
        quiz.integer("pass_mark", false, Integer.MIN_VALUE, Integer.MAX_VALUE);
        quiz.integer("draw", false, Integer.MIN_VALUE, Integer.MAX_VALUE);
        List<YamlMap> questions = quiz.maps("questions", false);
        questions.forEach(question -> checkShape(question, here));
        Optional<QuizFile> typed = QuizFileFormat.read(text.get());
        if (typed.isEmpty()) {
            if (!here.any()) {
                here.add(1, "quiz-unreadable");
            }
            return Optional.empty();
        }
        for (QuizProblem problem : QuizFileRules.check(typed.get(), lessons)) {
            YamlMap at = problem.question() == 0 ? quiz : questions.get(problem.question() - 1);
            report(problem, at, here);
        }
        return Optional.of(
                new QuizSource(text.get(), typed.get().passMark(), typed.get().askedPerAttempt()));
    }

    private static void report(QuizProblem problem, YamlMap at, Problems.FileProblems here) {
        int line = at.lineOf(problem.field());
        List<String> arguments =
                problem.arguments().stream().map(String::valueOf).toList();
        if (problem.rule() == QuizRule.TOO_LONG) {
            here.add(line, "too-long", problem.field(), arguments.getFirst());
        } else {
            here.add(line, "quiz-" + problem.code(), arguments.toArray(String[]::new));
        }
    }

    private static void checkShape(YamlMap question, Problems.FileProblems here) {
        Optional<String> type = question.text("type", true, 40);
        Set<String> specific = type.map(TYPE_FIELDS::get).orElse(null);
        if (type.isPresent() && specific == null) {
            here.add(
                    question.lineOf("type"),
                    "quiz-unknown-type",
                    type.get(),
                    String.join(", ", TYPE_FIELDS.keySet().stream().sorted().toList()));
        } else {
            Set<String> allowed = new HashSet<>(COMMON_FIELDS);
            allowed.addAll(specific == null ? Set.of() : specific);
            question.rejectUnknownKeys(allowed);
        }
        List.of("id", "taught_in", "prompt", "explanation", "situation")
                .forEach(field -> question.text(field, false, UNBOUNDED));
        question.bool("answer", false);
        question.integer("difficulty", false, Integer.MIN_VALUE, Integer.MAX_VALUE);
        question.texts("items", false, UNBOUNDED);
        question.texts("accepted", false, UNBOUNDED);
        question.maps("choices", false).forEach(choice -> {
            choice.rejectUnknownKeys(Set.of("text", "correct", "feedback"));
            choice.text("text", false, UNBOUNDED);
            choice.text("feedback", false, UNBOUNDED);
            choice.bool("correct", false);
        });
        question.maps("pairs", false).forEach(pair -> {
            pair.rejectUnknownKeys(Set.of("term", "definition"));
            pair.text("term", false, UNBOUNDED);
            pair.text("definition", false, UNBOUNDED);
        });
    }
}
