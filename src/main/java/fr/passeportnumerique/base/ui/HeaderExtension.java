package fr.passeportnumerique.base.ui;

import com.vaadin.flow.component.Component;

/** Something another feature places in the header of every page, between the brand and the menu (the search). */
public interface HeaderExtension {

    Component create();
}
