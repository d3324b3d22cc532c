package fr.passeportnumerique.learning.ui;

import com.vaadin.flow.component.Component;
import fr.passeportnumerique.base.i18n.Dates;
import fr.passeportnumerique.learning.ModuleStanding;
import java.util.Locale;
import java.util.Optional;

/** A module standing in words: its status and its facts (lessons read, best score, time spent). */
final class StandingTexts {

    private StandingTexts() {}

    static String status(ModuleStanding standing, Component where) {
        return switch (standing.status()) {
            case NOT_STARTED -> where.getTranslation("progress.status.not-started");
            case IN_PROGRESS -> where.getTranslation("progress.status.in-progress");
            case QUIZ_TO_PASS -> where.getTranslation("progress.status.quiz-to-pass");
            case COMPLETED ->
                where.getTranslation(
                        "progress.status.completed",
                        standing.completedAt()
                                .map(date -> Dates.longDate(date, locale()))
                                .orElse(""));
        };
    }

    static String facts(ModuleStanding standing, Component where) {
        String lessons = where.getTranslation(
                "progress.lessons", standing.lessonsDone(), standing.module().lessonCount());
        String score = standing.bestScore()
                .map(best -> where.getTranslation("progress.best-score", best))
                .orElseGet(() -> where.getTranslation("progress.no-score"));
        if (standing.secondsSpent() == 0) {
            return lessons + " · " + score;
        }
        return lessons + " · " + score + " · " + TimeSpent.format(standing.secondsSpent(), where);
    }

    static Locale locale() {
        return Optional.ofNullable(com.vaadin.flow.component.UI.getCurrent())
                .map(com.vaadin.flow.component.UI::getLocale)
                .orElse(Locale.FRENCH);
    }
}
