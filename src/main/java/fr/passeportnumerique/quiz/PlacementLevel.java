package fr.passeportnumerique.quiz;

/** What the placement test found of a module: already mastered, to strengthen, or to discover. */
public enum PlacementLevel {
    ACQUIS,
    A_CONSOLIDER,
    A_DECOUVRIR
}
