package fr.passeportnumerique.curriculum;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/** Something another feature shows at the top of the catalogue (the learner's "Continuer"). */
public interface CatalogueExtension {

    Optional<Component> banner();
}
