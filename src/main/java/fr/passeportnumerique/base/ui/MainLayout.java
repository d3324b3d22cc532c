package fr.passeportnumerique.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;

/**
 * The frame of every page: a header with the brand, navigation and language switch, the page, a footer. On a
 * phone the navigation folds behind a menu button (app.css), which opens it; Escape or following a link closes it.
 */
@AnonymousAllowed
public class MainLayout extends Composite<Div> implements RouterLayout, AfterNavigationObserver {

    static final String MAIN_ID = "contenu";
    static final String NAVIGATION_ID = "navigation";
    static final String MENU_OPEN = "pn-menu-open";
    private static final String LOGIN_PATH = "connexion";
    private static final String REGISTER_PATH = "inscription";
    private static final String ACCOUNT_PATH = "mon-espace";

    /**
     * Run on {@code main} after the router shows another page. The link followed inside the old page is gone, and the
     * browser would put the focus back on the page's body, where the keyboard starts again from the top and screen
     * readers say nothing: the new page's heading takes it instead. A focus still on an element (a link of the
     * header, which stays) is left where it is, and a page may move it further (a lesson to the section asked for).
     */
    private static final String FOCUS_LOST_TO_HEADING = "setTimeout(() => {"
            + " const focused = document.activeElement;"
            + " const heading = this.querySelector('h1');"
            + " if ((focused && focused !== document.body && !$0) || !heading) { return; }"
            + " heading.setAttribute('tabindex', '-1');"
            + " heading.focus({preventScroll: true}); });";

    private final Main main = new Main();
    private boolean firstPageShown;
    private final Header header = new Header();
    private final NativeButton menuButton = new NativeButton();

    private final AuthenticationContext authentication;
    private final List<HeaderExtension> headerExtensions;

    public MainLayout(AuthenticationContext authentication, List<HeaderExtension> headerExtensions) {
        this.authentication = authentication;
        this.headerExtensions = headerExtensions;
        main.setId(MAIN_ID);
        main.addClassName("pn-main");
        getContent().addClassName("pn-shell");
        getContent().add(createSkipLink(), createHeader(), main, createFooter());
    }

    /** The first page of a load starts with nothing focused, as any page the browser loads. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // A link followed in the phone menu is hidden with it: its focus counts as lost too.
        boolean followedFromTheMenu = menuShown();
        showMenu(false);
        if (firstPageShown) {
            main.getElement().executeJs(FOCUS_LOST_TO_HEADING, followedFromTheMenu);
        }
        firstPageShown = true;
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        main.getElement().appendChild(content.getElement());
    }

    private Component createSkipLink() {
        Anchor skip = new Anchor("#" + MAIN_ID, getTranslation("layout.skip-to-content"));
        skip.addClassName("pn-skip-link");
        return skip;
    }

    private Component createHeader() {
        header.addClassName("pn-header");
        Div inner = new Div(createBrand(), createMenuButton());
        headerExtensions.forEach(extension -> inner.add(extension.create()));
        Component navigation = createNavigation();
        inner.add(navigation);
        inner.addClassName("pn-header-inner");
        header.add(inner);
        Shortcuts.addShortcutListener(header, this::closeMenuFromTheKeyboard, Key.ESCAPE)
                .listenOn(menuButton, navigation);
        return header;
    }

    /** Shown on a phone only (app.css): the navigation it controls is folded there until the button opens it. */
    private Component createMenuButton() {
        Span icon = new Span();
        icon.addClassName("pn-menu-icon");
        icon.getElement().setAttribute("aria-hidden", "true");
        menuButton.add(icon, new Text(getTranslation("layout.menu")));
        menuButton.addClassName("pn-menu-button");
        menuButton.getElement().setAttribute("aria-controls", NAVIGATION_ID);
        menuButton.addClickListener(click -> showMenu(!menuShown()));
        showMenu(false);
        return menuButton;
    }

    private boolean menuShown() {
        return header.hasClassName(MENU_OPEN);
    }

    private void showMenu(boolean shown) {
        header.setClassName(MENU_OPEN, shown);
        menuButton.getElement().setAttribute("aria-expanded", String.valueOf(shown));
    }

    private void closeMenuFromTheKeyboard() {
        if (menuShown()) {
            showMenu(false);
            menuButton.focus();
        }
    }

    private Component createBrand() {
        Image logo = new Image("images/logo.svg", "");
        logo.getElement().setAttribute("aria-hidden", "true");
        Span name = new Span(getTranslation("app.name"));
        name.addClassName("pn-brand-name");
        Span tagline = new Span(getTranslation("app.tagline"));
        tagline.addClassName("pn-brand-tagline");
        Anchor brand = routerAnchor("", logo, new Span(name, tagline));
        brand.addClassName("pn-brand");
        brand.getElement().setAttribute("aria-label", getTranslation("layout.home"));
        return brand;
    }

    private Component createNavigation() {
        Nav nav = new Nav();
        nav.setId(NAVIGATION_ID);
        nav.addClassName("pn-nav");
        nav.getElement().setAttribute("aria-label", getTranslation("layout.navigation"));
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            nav.add(routerAnchor(entry.path(), new Text(getTranslation(entry.title()))));
        }
        nav.add(createAccountArea(), new LanguageSwitch());
        return nav;
    }

    /** Signed in: the person's space and a way out. Otherwise: sign in, or create an account. */
    private Component createAccountArea() {
        Div area = new Div();
        area.addClassName("pn-account");
        authentication
                .getPrincipalName()
                .ifPresentOrElse(
                        name -> {
                            Anchor space = routerAnchor(ACCOUNT_PATH, new Text(getTranslation("layout.my-space")));
                            NativeButton logout =
                                    new NativeButton(getTranslation("layout.logout"), click -> authentication.logout());
                            logout.addClassName("pn-link-button");
                            area.add(space, logout);
                        },
                        () -> {
                            Anchor register = routerAnchor(REGISTER_PATH, new Text(getTranslation("layout.register")));
                            register.addClassName("pn-button-small");
                            area.add(routerAnchor(LOGIN_PATH, new Text(getTranslation("layout.login"))), register);
                        });
        return area;
    }

    /** A link the router follows without reloading the page. */
    public static Anchor routerAnchor(String path, Component... content) {
        Anchor anchor = new Anchor(path, content);
        anchor.getElement().setAttribute("router-link", true);
        return anchor;
    }

    private Component createFooter() {
        Footer footer = new Footer();
        footer.addClassName("pn-footer");
        Paragraph name = new Paragraph(getTranslation("app.name"));
        name.addClassName("pn-footer-name");
        Div about = new Div(name, new Paragraph(getTranslation("footer.about")));
        Div help = new Div(
                new Paragraph(getTranslation("footer.help")),
                new Paragraph(routerAnchor(PrivacyView.PATH, new Text(getTranslation("footer.privacy")))),
                new Paragraph(routerAnchor(AccessibilityView.PATH, new Text(getTranslation("footer.accessibility")))));
        Div inner = new Div(about, help);
        inner.addClassName("pn-footer-inner");
        footer.add(inner);
        return footer;
    }
}
