package fr.passeportnumerique.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/** The page shell: Lumo as the base, the site's own style sheet on top, the favicon and the viewport. */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/app.css")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "images/favicon.svg", "any");
        settings.setViewport("width=device-width, initial-scale=1");
        settings.addMetaTag("theme-color", "#1b2a5e");
    }
}
