package fr.passeportnumerique.curriculum;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/** Something another feature shows on a module's page, under its header (the learner's progress on it). */
public interface ModulePageExtension {

    Optional<Component> componentFor(ModuleDetail module);
}
