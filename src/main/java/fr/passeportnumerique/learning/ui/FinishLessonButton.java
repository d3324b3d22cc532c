package fr.passeportnumerique.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.curriculum.LessonExtension;
import fr.passeportnumerique.learning.LearningService;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Under each lesson, for learners: "J'ai terminé", or the note that the lesson is done. */
@Component
class FinishLessonButton implements LessonExtension {

    private final LearningService learning;
    private final AuthenticationContext authentication;

    FinishLessonButton(LearningService learning, AuthenticationContext authentication) {
        this.learning = learning;
        this.authentication = authentication;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> componentFor(String moduleSlug, String lessonSlug) {
        if (!authentication.hasAuthority("ROLE_" + AppRoles.LEARNER)) {
            return Optional.empty();
        }
        Div area = new Div();
        area.addClassName("pn-finish-lesson");
        area.getElement().setAttribute("aria-live", "polite");
        if (learning.isLessonDone(moduleSlug, lessonSlug)) {
            area.add(done(area));
        } else {
            Button finish = new Button(area.getTranslation("learning.finish"), VaadinIcon.CHECK.create());
            finish.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            finish.addClickListener(click -> {
                learning.completeLesson(moduleSlug, lessonSlug);
                area.removeAll();
                area.add(done(area));
            });
            area.add(finish);
        }
        return Optional.of(area);
    }

    private static Paragraph done(Div area) {
        Paragraph done = new Paragraph(area.getTranslation("learning.done"));
        done.addClassName("pn-success");
        return done;
    }
}
