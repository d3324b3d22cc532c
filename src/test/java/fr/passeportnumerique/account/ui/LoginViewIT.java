package fr.passeportnumerique.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import fr.passeportnumerique.ViewTestSupport;
import org.junit.jupiter.api.Test;

/** The sign-in page of a site where no outside provider is configured, as the tests' application is. */
class LoginViewIT extends ViewTestSupport {

    @Test
    void no_franceconnect_button_nor_staff_provider_when_none_is_configured() {
        navigate(LoginView.PATH);

        assertThat(_find(FranceConnectButton.class)).isEmpty();
        assertThat(_find(Anchor.class)).noneMatch(anchor -> anchor.getHref().startsWith("/oauth2/"));
    }
}
