package fr.passeportnumerique.quiz.placement;

/** What the placement test tells a learner about a module: acquis, à consolider or à découvrir. */
public enum MasteryLevel {
    ACQUIS,
    A_CONSOLIDER,
    A_DECOUVRIR
}
