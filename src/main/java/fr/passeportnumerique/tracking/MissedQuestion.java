package fr.passeportnumerique.tracking;

/** A quiz question as a point's learners answered it: how often, and how often wrong. */
public record MissedQuestion(String moduleSlug, String questionId, String prompt, long answers, long misses) {

    public int missPercent() {
        return answers == 0 ? 0 : Math.round(misses * 100f / answers);
    }
}
