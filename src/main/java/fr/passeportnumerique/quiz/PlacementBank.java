package fr.passeportnumerique.quiz;

import fr.passeportnumerique.curriculum.CurriculumService;
import fr.passeportnumerique.curriculum.ModuleSummary;
import fr.passeportnumerique.quiz.placement.PlacementItem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The questions the placement test may ask: every module quiz's bank, each question with its difficulty, the one
 * the calibration job refitted from real answers when there is one, else the one its author gave.
 */
@Component
class PlacementBank {

    private final CurriculumService curriculum;
    private final QuizDefinitions definitions;
    private final JdbcTemplate jdbc;

    PlacementBank(CurriculumService curriculum, QuizDefinitions definitions, JdbcTemplate jdbc) {
        this.curriculum = curriculum;
        this.definitions = definitions;
        this.jdbc = jdbc;
    }

    /** The bank as it stands now, in the curriculum's order. */
    Bank current() {
        Map<String, Double> calibrated = calibrated();
        List<String> modules = new ArrayList<>();
        List<PlacementItem> items = new ArrayList<>();
        Map<String, Question> questions = new HashMap<>();
        for (ModuleSummary module : curriculum.modules()) {
            if (curriculum.quizSource(module.slug()).isEmpty()) {
                continue;
            }
            modules.add(module.slug());
            QuizDefinition quiz = definitions.of(module.slug());
            for (Question question : quiz.questions()) {
                String key = module.slug() + "/" + question.id();
                double difficulty = calibrated.getOrDefault(key, quiz.difficulty(question.id()));
                items.add(new PlacementItem(module.slug(), question.id(), difficulty, quiz.parts(question.id())));
                questions.put(key, question);
            }
        }
        return new Bank(List.copyOf(modules), List.copyOf(items), Map.copyOf(questions));
    }

    /** Difficulties as the authors gave them, by item key: the calibration's starting point. */
    Map<String, Double> authored() {
        Map<String, Double> authored = new HashMap<>();
        for (ModuleSummary module : curriculum.modules()) {
            if (curriculum.quizSource(module.slug()).isPresent()) {
                QuizDefinition quiz = definitions.of(module.slug());
                quiz.questions()
                        .forEach(question ->
                                authored.put(module.slug() + "/" + question.id(), quiz.difficulty(question.id())));
            }
        }
        return authored;
    }

    int moduleNumber(String moduleSlug) {
        return summary(moduleSlug).map(ModuleSummary::number).orElse(0);
    }

    String moduleTitle(String moduleSlug) {
        return summary(moduleSlug).map(ModuleSummary::title).orElse(moduleSlug);
    }

    private Optional<ModuleSummary> summary(String moduleSlug) {
        return curriculum.modules().stream()
                .filter(module -> module.slug().equals(moduleSlug))
                .findFirst();
    }

    private Map<String, Double> calibrated() {
        Map<String, Double> calibrated = new HashMap<>();
        jdbc.query("select module_slug, question_id, difficulty from question_calibration", row -> {
            calibrated.put(row.getString(1) + "/" + row.getString(2), row.getDouble(3));
        });
        return calibrated;
    }

    /** The modules with a quiz, the items to choose from, and each item's question by key. */
    record Bank(List<String> modules, List<PlacementItem> items, Map<String, Question> questions) {

        Optional<Question> question(String moduleSlug, String questionId) {
            return Optional.ofNullable(questions.get(moduleSlug + "/" + questionId));
        }

        Optional<PlacementItem> item(String moduleSlug, String questionId) {
            return items.stream()
                    .filter(item -> item.moduleSlug().equals(moduleSlug)
                            && item.questionId().equals(questionId))
                    .findFirst();
        }
    }
}
