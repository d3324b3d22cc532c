package fr.passeportnumerique.learning;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/** Something another feature shows on the learner's passport page (the certificate, once earned). */
public interface PassportExtension {

    Optional<Component> component();
}
