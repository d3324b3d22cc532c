package fr.passeportnumerique.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/** The order a question's choices, items or definitions are shown in: shuffled, kept by their places in the file. */
final class ShownOrder {

    private ShownOrder() {}

    static List<Integer> shuffled(Question question, Random random) {
        List<Integer> order =
                new ArrayList<>(IntStream.range(0, parts(question)).boxed().toList());
        Collections.shuffle(order, random);
        return order;
    }

    /** How many choices, items or definitions a question shows, in an order of its own. */
    private static int parts(Question question) {
        return switch (question) {
            case Question.SingleChoice q -> q.choices().size();
            case Question.MultipleChoice q -> q.choices().size();
            case Question.Scenario q -> q.choices().size();
            case Question.Ordering q -> q.items().size();
            case Question.Matching q -> q.pairs().size();
            case Question.TrueFalse q -> 0;
            case Question.ShortAnswer q -> 0;
        };
    }
}
