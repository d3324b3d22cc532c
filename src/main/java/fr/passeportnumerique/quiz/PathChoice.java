package fr.passeportnumerique.quiz;

/** What the learner does with a module after their placement: skip it, start with it, or follow it in its turn. */
public enum PathChoice {
    SKIP,
    START,
    FOLLOW
}
