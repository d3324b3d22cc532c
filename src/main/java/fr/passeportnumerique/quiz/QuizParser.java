package fr.passeportnumerique.quiz;

import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Turns a module's {@code quiz.yaml}, already checked line by line when the content was imported, into its
 * questions.
 */
public final class QuizParser {

    private QuizParser() {}

    @SuppressWarnings("unchecked")
    public static QuizDefinition parse(String yaml) {
        Map<String, Object> quiz = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        List<Map<String, Object>> raw = (List<Map<String, Object>>) quiz.get("questions");
        List<Question> questions = raw.stream().map(QuizParser::question).toList();
        int passMark =
                quiz.get("pass_mark") instanceof Number mark ? mark.intValue() : QuizDefinition.DEFAULT_PASS_MARK;
        int draw = quiz.get("draw") instanceof Number number ? number.intValue() : questions.size();
        return new QuizDefinition(passMark, draw, questions);
    }

    private static Question question(Map<String, Object> q) {
        String id = text(q, "id");
        String prompt = text(q, "prompt");
        String explanation = text(q, "explanation");
        return switch (text(q, "type")) {
            case "single_choice" -> new Question.SingleChoice(id, prompt, choices(q), explanation);
            case "multiple_choice" -> new Question.MultipleChoice(id, prompt, choices(q), explanation);
            case "scenario" -> new Question.Scenario(id, prompt, text(q, "situation"), choices(q), explanation);
            case "true_false" -> new Question.TrueFalse(id, prompt, Boolean.TRUE.equals(q.get("answer")), explanation);
            case "ordering" -> new Question.Ordering(id, prompt, texts(q, "items"), explanation);
            case "matching" -> new Question.Matching(id, prompt, pairs(q), explanation);
            case "short_answer" -> new Question.ShortAnswer(id, prompt, texts(q, "accepted"), explanation);
            default -> throw new IllegalArgumentException("Unknown question type in " + id);
        };
    }

    @SuppressWarnings("unchecked")
    private static List<Choice> choices(Map<String, Object> q) {
        return ((List<Map<String, Object>>) q.get("choices"))
                .stream()
                        .map(c ->
                                new Choice(text(c, "text"), Boolean.TRUE.equals(c.get("correct")), text(c, "feedback")))
                        .toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Question.Matching.Pair> pairs(Map<String, Object> q) {
        return ((List<Map<String, Object>>) q.get("pairs"))
                .stream()
                        .map(p -> new Question.Matching.Pair(text(p, "term"), text(p, "definition")))
                        .toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> texts(Map<String, Object> q, String key) {
        return ((List<Object>) q.get(key)).stream().map(String::valueOf).toList();
    }

    private static String text(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? "" : String.valueOf(value).strip();
    }
}
