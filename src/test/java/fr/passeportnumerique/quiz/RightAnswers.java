package fr.passeportnumerique.quiz;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** The answer that earns full marks, built from the question as written: for tests that need a learner who knows. */
public final class RightAnswers {

    private RightAnswers() {}

    public static Map<String, Answer> to(QuizSession session) {
        Map<String, Answer> answers = new HashMap<>();
        session.questions().forEach(shown -> answers.put(shown.question().id(), of(shown.question())));
        return answers;
    }

    public static Answer of(Question question) {
        return switch (question) {
            case Question.SingleChoice q -> new Answer.Chosen(right(q.choices()));
            case Question.MultipleChoice q -> new Answer.Chosen(right(q.choices()));
            case Question.Scenario q -> new Answer.Chosen(right(q.choices()));
            case Question.TrueFalse q -> new Answer.TrueOrFalse(q.answer());
            case Question.Ordering q ->
                new Answer.Ordered(IntStream.range(0, q.items().size()).boxed().toList());
            case Question.Matching q -> {
                Map<Integer, Integer> pairs = new HashMap<>();
                IntStream.range(0, q.pairs().size()).forEach(i -> pairs.put(i, i));
                yield new Answer.Matched(pairs);
            }
            case Question.ShortAnswer q -> new Answer.Typed(q.accepted().getFirst());
        };
    }

    private static Set<Integer> right(List<Choice> choices) {
        return IntStream.range(0, choices.size())
                .filter(i -> choices.get(i).correct())
                .boxed()
                .collect(Collectors.toSet());
    }
}
