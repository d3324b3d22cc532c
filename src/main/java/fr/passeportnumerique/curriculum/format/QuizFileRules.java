package fr.passeportnumerique.curriculum.format;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a quiz must hold, for the editor before a save and for the importer before a publication: a single-choice
 * question has exactly one right answer, a multiple-choice one at least one, a matching question pairs every term
 * with a definition, every question has its identifier, prompt and explanation, and names the section of a lesson
 * of the module that teaches its answer, and a difficulty, when it gives one, from 1 to 5. A question whose type the file
 * names wrongly is left to the reader, which says so.
 */
public final class QuizFileRules {

    public static final int TEXT_MAX_LENGTH = 1000;
    public static final int ACCEPTED_MAX_LENGTH = 200;
    public static final int ID_MAX_LENGTH = 80;
    private static final String TAUGHT_IN = "taught_in";
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private QuizFileRules() {}

    public static List<QuizProblem> check(QuizFile quiz, LessonSections lessons) {
        List<QuizProblem> problems = new ArrayList<>();
        if (quiz.passMark() < 1 || quiz.passMark() > 100) {
            problems.add(new QuizProblem(0, "pass_mark", QuizRule.PASS_MARK));
        }
        if (quiz.questions().isEmpty()) {
            problems.add(new QuizProblem(0, "questions", QuizRule.NO_QUESTION));
        }
        int count = quiz.questions().size();
        quiz.draw()
                .filter(draw -> draw < 1 || draw > count)
                .ifPresent(draw -> problems.add(new QuizProblem(0, "draw", QuizRule.DRAW, count)));
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < count; i++) {
            QuizQuestion question = quiz.questions().get(i);
            problems.addAll(check(question, i + 1, lessons));
            if (!question.id().isBlank() && !ids.add(question.id())) {
                problems.add(new QuizProblem(i + 1, "id", QuizRule.DUPLICATE_ID, question.id()));
            }
        }
        return problems;
    }

    /** The problems of one question; {@code number} is its place in the quiz. */
    public static List<QuizProblem> check(QuizQuestion question, int number, LessonSections lessons) {
        return new QuestionCheck(question, number, lessons).problems();
    }

    private static final class QuestionCheck {

        private final QuizQuestion question;
        private final int number;
        private final LessonSections lessons;
        private final List<QuizProblem> problems = new ArrayList<>();

        QuestionCheck(QuizQuestion question, int number, LessonSections lessons) {
            this.question = question;
            this.number = number;
            this.lessons = lessons;
        }

        List<QuizProblem> problems() {
            if (!ID.matcher(question.id()).matches() || question.id().length() > ID_MAX_LENGTH) {
                add("id", QuizRule.ID);
            }
            required(QuizRule.PROMPT, "prompt", question.prompt());
            required(QuizRule.EXPLANATION, "explanation", question.explanation());
            taughtIn();
            difficulty();
            if (question.type() == null) {
                return problems;
            }
            switch (question.type()) {
                case SCENARIO -> {
                    required(QuizRule.SITUATION, "situation", question.situation());
                    choices(true);
                }
                case SINGLE_CHOICE -> choices(true);
                case MULTIPLE_CHOICE -> choices(false);
                case TRUE_FALSE -> {
                    if (question.answer() == null) {
                        add("answer", QuizRule.ANSWER);
                    }
                }
                case ORDERING -> items();
                case MATCHING -> pairs();
                case SHORT_ANSWER -> accepted();
            }
            return problems;
        }

        private void choices(boolean exactlyOne) {
            List<QuizQuestion.Choice> choices = question.choices();
            if (choices.size() < 2) {
                add("choices", QuizRule.CHOICES);
            }
            if (choices.stream().anyMatch(choice -> choice.text().isBlank())) {
                add("choices", QuizRule.CHOICE_EMPTY);
            }
            choices.forEach(choice -> {
                notTooLong("choices", choice.text(), TEXT_MAX_LENGTH);
                notTooLong("choices", choice.feedback(), TEXT_MAX_LENGTH);
            });
            long correct = choices.stream().filter(QuizQuestion.Choice::correct).count();
            if (exactlyOne && correct != 1) {
                add("choices", QuizRule.ONE_CORRECT, correct);
            } else if (!exactlyOne && correct == 0) {
                add("choices", QuizRule.SOME_CORRECT);
            }
        }

        /** The lesson section named must exist, so that a reviewer can follow the key to what teaches it. */
        private void taughtIn() {
            TaughtIn place = TaughtIn.parse(question.taughtIn());
            if (place.lesson().isEmpty()) {
                add(TAUGHT_IN, QuizRule.TAUGHT_IN);
            } else if (!lessons.hasLesson(place.lesson())) {
                add(TAUGHT_IN, QuizRule.TAUGHT_IN_LESSON, place.lesson());
            } else if (!lessons.has(place)) {
                add(TAUGHT_IN, QuizRule.TAUGHT_IN_HEADING, place.heading(), place.lesson());
            }
        }

        private void difficulty() {
            Integer difficulty = question.difficulty();
            if (difficulty != null && (difficulty < QuizQuestion.EASIEST || difficulty > QuizQuestion.HARDEST)) {
                add("difficulty", QuizRule.DIFFICULTY, QuizQuestion.EASIEST, QuizQuestion.HARDEST);
            }
        }

        private void items() {
            List<String> items = question.items();
            if (items.stream().filter(item -> !item.isBlank()).count() < 2
                    || items.stream().anyMatch(String::isBlank)) {
                add("items", QuizRule.ITEMS);
            }
            items.forEach(item -> notTooLong("items", item, TEXT_MAX_LENGTH));
        }

        private void pairs() {
            if (question.pairs().size() < 2) {
                add("pairs", QuizRule.PAIRS);
            }
            if (question.pairs().stream()
                    .anyMatch(pair -> pair.term().isBlank() || pair.definition().isBlank())) {
                add("pairs", QuizRule.PAIR_INCOMPLETE);
            }
            question.pairs().forEach(pair -> {
                notTooLong("pairs", pair.term(), TEXT_MAX_LENGTH);
                notTooLong("pairs", pair.definition(), TEXT_MAX_LENGTH);
            });
        }

        private void accepted() {
            if (question.accepted().stream().allMatch(String::isBlank)) {
                add("accepted", QuizRule.ACCEPTED);
            }
            question.accepted().forEach(answer -> notTooLong("accepted", answer, ACCEPTED_MAX_LENGTH));
        }

        private void required(QuizRule rule, String field, String text) {
            if (text.isBlank()) {
                add(field, rule);
            }
            notTooLong(field, text, TEXT_MAX_LENGTH);
        }

        private void notTooLong(String field, String text, int limit) {
            boolean alreadySaid = problems.stream()
                    .anyMatch(problem -> problem.rule() == QuizRule.TOO_LONG
                            && problem.field().equals(field));
            if (text.length() > limit && !alreadySaid) {
                add(field, QuizRule.TOO_LONG, limit);
            }
        }

        private void add(String field, QuizRule rule, Object... arguments) {
            problems.add(new QuizProblem(number, field, rule, arguments));
        }
    }
}
