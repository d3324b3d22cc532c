package fr.passeportnumerique.quiz.placement;

/** A question the placement test may ask: its module, its id in the module's quiz and its difficulty in logits. */
public record PlacementItem(String moduleSlug, String questionId, double difficulty) {

    public String key() {
        return moduleSlug + "/" + questionId;
    }
}
