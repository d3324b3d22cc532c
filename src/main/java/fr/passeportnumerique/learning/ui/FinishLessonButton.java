package fr.passeportnumerique.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import fr.passeportnumerique.base.activity.ActivityTracker;
import fr.passeportnumerique.base.activity.LearnerActivity;
import fr.passeportnumerique.base.activity.Place;
import fr.passeportnumerique.curriculum.LessonExtension;
import fr.passeportnumerique.learning.LearningService;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Under each lesson, for learners: "J'ai terminé", or the note that the lesson is done. Reaching the end of the
 * text marks the lesson done too; coming back to an unfinished lesson returns to where the learner left it.
 */
@Component
class FinishLessonButton implements LessonExtension {

    private final LearningService learning;
    private final LearnerActivity activity;
    private final Clock clock;

    FinishLessonButton(LearningService learning, LearnerActivity activity, Clock clock) {
        this.learning = learning;
        this.activity = activity;
        this.clock = clock;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> componentFor(String moduleSlug, String lessonSlug) {
        if (!activity.isTracked()) {
            return Optional.empty();
        }
        Div area = new Div();
        area.addClassName("pn-finish-lesson");
        Div status = new Div();
        status.getElement().setAttribute("aria-live", "polite");
        ActivityTracker tracker = new ActivityTracker(activity, Place.lesson(moduleSlug, lessonSlug), clock);
        area.add(tracker, status);
        if (learning.isLessonDone(moduleSlug, lessonSlug)) {
            status.add(done(area));
        } else {
            tracker.restoringScroll().watchingTheEnd();
            Button finish = new Button(area.getTranslation("learning.finish"), VaadinIcon.CHECK.create());
            finish.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            finish.addClickListener(click -> {
                learning.completeLesson(moduleSlug, lessonSlug);
                tracker.stopWatchingTheEnd();
                showDone(status);
            });
            tracker.addReachedEndListener(reached -> showDone(status));
            status.add(finish);
        }
        return Optional.of(area);
    }

    /**
     * The button gives way to the news that the lesson is done. When the button had the focus (it was pressed, or
     * the end of the text came into view as the keyboard reached it), the focus goes to the news instead of falling
     * back to the top of the page.
     */
    private static void showDone(Div status) {
        status.removeAll();
        Paragraph done = done(status);
        done.getElement().setAttribute("tabindex", "-1");
        status.add(done);
        done.getElement()
                .executeJs("const focused = document.activeElement;"
                        + " if (!focused || focused === document.body) { this.focus({preventScroll: true}); }");
    }

    private static Paragraph done(com.vaadin.flow.component.Component where) {
        Paragraph done = new Paragraph(where.getTranslation("learning.done"));
        done.addClassName("pn-success");
        return done;
    }
}
