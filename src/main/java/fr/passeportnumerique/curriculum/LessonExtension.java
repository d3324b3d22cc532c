package fr.passeportnumerique.curriculum;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * Something another feature shows under a lesson (the learning feature's "I have finished" button). The lesson
 * page asks every extension; the curriculum needs to know none of them.
 */
public interface LessonExtension {

    Optional<Component> componentFor(String moduleSlug, String lessonSlug);
}
