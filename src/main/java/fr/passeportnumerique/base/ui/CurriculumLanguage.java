package fr.passeportnumerique.base.ui;

import com.vaadin.flow.component.HasElement;

/**
 * The curriculum (titles, summaries, lessons, quiz questions) is written in French whatever the interface's
 * language: its text says so to screen readers, which then read it with a French voice on an English page.
 */
public final class CurriculumLanguage {

    public static final String LANGUAGE = "fr";

    private CurriculumLanguage() {}

    public static <T extends HasElement> T french(T component) {
        component.getElement().setAttribute("lang", LANGUAGE);
        return component;
    }
}
