package fr.passeportnumerique;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.InitParameters;
import fr.passeportnumerique.base.i18n.Translations;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Browserless tests of one component that needs no service: a simulated browser (Karibu) in French with the
 * application's translations, and no Spring context nor database. Pages reached by navigation need {@link
 * ViewTestSupport}.
 */
public abstract class ComponentTestSupport {

    /** Vaadin reads its deployment parameters from system properties too, prefixed with "vaadin.". */
    private static final String I18N_PROVIDER = "vaadin." + InitParameters.I18N_PROVIDER;

    @BeforeEach
    void openBrowser() {
        System.setProperty(I18N_PROVIDER, Translations.class.getName());
        MockVaadin.setup();
        UI.getCurrent().setLocale(Locale.FRENCH);
    }

    @AfterEach
    void closeBrowser() {
        MockVaadin.tearDown();
        System.clearProperty(I18N_PROVIDER);
    }
}
