package fr.passeportnumerique.account.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.passeportnumerique.account.AccountAdministration;
import fr.passeportnumerique.account.AccountSummary;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.base.ui.MainLayout;
import fr.passeportnumerique.base.ui.PageTitles;
import jakarta.annotation.security.RolesAllowed;
import java.util.Set;
import java.util.stream.Collectors;

/** Administrators see every account and change its roles. */
@Route(value = "admin/utilisateurs", layout = MainLayout.class)
@Menu(order = 7, title = "layout.nav.users")
@RolesAllowed(AppRoles.ADMIN)
class UsersView extends Composite<Div> implements HasDynamicTitle {

    private final AccountAdministration administration;
    private final Grid<AccountSummary> grid = new Grid<>();

    UsersView(AccountAdministration administration) {
        this.administration = administration;
        H1 title = new H1(getTranslation("users.title"));
        title.addClassName("pn-title");
        grid.addColumn(AccountSummary::email)
                .setHeader(getTranslation("my-space.email"))
                .setSortable(true);
        grid.addColumn(AccountSummary::fullName)
                .setHeader(getTranslation("learners.name"))
                .setSortable(true);
        grid.addColumn(account -> account.roles().stream()
                        .sorted()
                        .map(role -> getTranslation("role." + role))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("users.roles"));
        grid.addComponentColumn(account -> new Button(
                        getTranslation("users.edit-roles"), click -> new RolesDialog(account, this::saveRoles).open()))
                .setHeader(getTranslation("users.actions"));
        grid.setAllRowsVisible(true);
        refresh();
        getContent().add(title, grid);
    }

    private void saveRoles(AccountSummary account, Set<String> roles) {
        administration.changeRoles(account.id(), roles);
        refresh();
    }

    private void refresh() {
        grid.setItems(administration.accounts());
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("users.title"));
    }
}
