package fr.passeportnumerique.curriculum.format;

import java.util.Locale;

/** Each rule a quiz can break; its code names the rule's message ({@code quiz-rules.<code>} in the editor). */
public enum QuizRule {
    PASS_MARK,
    NO_QUESTION,
    DRAW,
    DUPLICATE_ID,
    ID,
    PROMPT,
    EXPLANATION,
    TAUGHT_IN,
    TAUGHT_IN_LESSON,
    TAUGHT_IN_HEADING,
    SITUATION,
    CHOICES,
    CHOICE_EMPTY,
    ONE_CORRECT,
    SOME_CORRECT,
    ANSWER,
    ITEMS,
    PAIRS,
    PAIR_INCOMPLETE,
    ACCEPTED,
    DIFFICULTY,
    TOO_LONG;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
