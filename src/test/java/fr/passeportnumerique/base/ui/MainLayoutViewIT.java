package fr.passeportnumerique.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Nav;
import fr.passeportnumerique.ViewTestSupport;
import org.junit.jupiter.api.Test;

/** The header's menu button, which opens the navigation on a phone (where app.css folds it). */
class MainLayoutViewIT extends ViewTestSupport {

    @Test
    void the_menu_button_says_which_navigation_it_opens_and_whether_it_is_open() {
        navigate("");
        NativeButton menu = menuButton();
        Nav navigation = _get(Nav.class, spec -> spec.withClasses("pn-nav"));

        assertThat(menu.getText()).isEqualTo("Menu");
        assertThat(menu.getElement().getAttribute("aria-controls"))
                .isEqualTo(navigation.getId().orElseThrow());
        assertThat(menu.getElement().getAttribute("aria-expanded")).isEqualTo("false");

        ButtonKt._click(menu);
        assertThat(menu.getElement().getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(header().hasClassName(MainLayout.MENU_OPEN)).isTrue();

        ButtonKt._click(menu);
        assertThat(menu.getElement().getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(header().hasClassName(MainLayout.MENU_OPEN)).isFalse();
    }

    @Test
    void the_menu_closes_once_a_link_is_followed() {
        navigate("");
        ButtonKt._click(menuButton());

        navigate(PrivacyView.PATH);

        assertThat(menuButton().getElement().getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(header().hasClassName(MainLayout.MENU_OPEN)).isFalse();
    }

    private static NativeButton menuButton() {
        return _get(NativeButton.class, spec -> spec.withClasses("pn-menu-button"));
    }

    private static Header header() {
        return _get(Header.class, spec -> spec.withClasses("pn-header"));
    }
}
