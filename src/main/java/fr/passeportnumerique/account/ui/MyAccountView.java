package fr.passeportnumerique.account.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.account.AccountSummary;
import fr.passeportnumerique.account.CompanyLookup;
import fr.passeportnumerique.account.MyAccountSecurity;
import fr.passeportnumerique.account.PersonalDataService;
import fr.passeportnumerique.base.ui.MainLayout;
import fr.passeportnumerique.base.ui.PageTitles;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;

/** The person's own space: who they are for the platform, and "Mes données": a copy of it all, or erasure. */
@Route(value = MyAccountView.PATH, layout = MainLayout.class)
@PermitAll
class MyAccountView extends Composite<Div> implements HasDynamicTitle {

    static final String PATH = "mon-espace";
    private static final String EXPORT_FILE = "passeport-numerique-mes-donnees.json";
    private final PersonalDataService personalData;
    private final AuthenticationContext authentication;

    private final MyAccountSecurity security;
    private final AccountService accounts;
    private final CompanyLookup companies;

    MyAccountView(
            AccountService accounts,
            PersonalDataService personalData,
            MyAccountSecurity security,
            AuthenticationContext authentication,
            CompanyLookup companies) {
        this.accounts = accounts;
        this.companies = companies;
        this.personalData = personalData;
        this.security = security;
        this.authentication = authentication;
        AccountSummary account = accounts.currentAccount().orElseThrow();
        H1 title = new H1(getTranslation("my-space.title", account.fullName()));
        title.addClassName("pn-title");
        getContent()
                .add(
                        title,
                        new AccountDetailsPanel(account, () -> editCompany(account)),
                        new MySignInPanel(
                                (current, next) -> security.changeMyPassword(current, next, currentSessionId()),
                                this::signOutEverywhere),
                        createMyData());
    }

    private void editCompany(AccountSummary account) {
        account.company()
                .ifPresent(details -> new CompanyDialog(details, companies::lookUp, edited -> {
                            accounts.updateMyCompany(edited);
                            UI.getCurrent().refreshCurrentRoute(false);
                            Notification.show(getTranslation("my-space.company.saved"));
                        })
                        .open());
    }

    private void signOutEverywhere() {
        security.endMyOtherSessions(currentSessionId());
        authentication.logout();
    }

    private static String currentSessionId() {
        return VaadinSession.getCurrent().getSession().getId();
    }

    private Component createMyData() {
        Anchor export = new Anchor(
                DownloadHandler.fromInputStream(download -> {
                    byte[] json = personalData.exportMyData();
                    return new DownloadResponse(
                            new ByteArrayInputStream(json), EXPORT_FILE, "application/json", json.length);
                }),
                AttachmentType.DOWNLOAD,
                getTranslation("my-data.export"));
        export.addClassName("pn-button");
        Button delete = new Button(getTranslation("my-data.delete"), click -> confirmDeletion());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div actions = new Div(export, delete);
        actions.addClassName("pn-actions-row");
        Section section = new Section(
                new H2(getTranslation("my-data.title")), new Paragraph(getTranslation("my-data.text")), actions);
        section.addClassNames("pn-panel", "pn-my-data");
        return section;
    }

    private void confirmDeletion() {
        ConfirmDialog dialog = new ConfirmDialog(
                getTranslation("my-data.delete.confirm-title"),
                getTranslation("my-data.delete.confirm-text"),
                getTranslation("my-data.delete.confirm"),
                confirmed -> {
                    personalData.deleteMyAccount();
                    authentication.logout();
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("my-data.delete.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("my-space.page-title"));
    }
}
