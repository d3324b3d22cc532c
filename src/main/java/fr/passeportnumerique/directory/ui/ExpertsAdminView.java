package fr.passeportnumerique.directory.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.base.i18n.Dates;
import fr.passeportnumerique.base.ui.MainLayout;
import fr.passeportnumerique.base.ui.PageTitles;
import fr.passeportnumerique.base.ui.Steps;
import fr.passeportnumerique.directory.DirectoryException;
import fr.passeportnumerique.directory.ExpertAdminRow;
import fr.passeportnumerique.directory.ExpertAdministration;
import fr.passeportnumerique.directory.NewExpert;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** Administrators renew or suspend accreditations and link a profile to the expert's account. */
@Route(value = "admin/experts", layout = MainLayout.class)
@Menu(order = 8.7, title = "layout.nav.admin-experts")
@RolesAllowed(AppRoles.ADMIN)
class ExpertsAdminView extends Composite<Div> implements HasDynamicTitle {

    private final ExpertAdministration administration;
    private final Grid<ExpertAdminRow> grid = new Grid<>();
    private final TextField filter = new TextField();
    private final Div actions = new Div();
    private List<ExpertAdminRow> rows = List.of();

    ExpertsAdminView(ExpertAdministration administration) {
        this.administration = administration;
        H1 title = new H1(getTranslation("expert-admin.title"));
        title.addClassName("pn-title");
        Paragraph lead = new Paragraph(getTranslation("expert-admin.lead"));
        lead.addClassName("pn-lead");
        filter.setLabel(getTranslation("expert-admin.filter"));
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        filter.addClassName("pn-search-field");
        filter.addValueChangeListener(change -> show());
        actions.addClassName("pn-panel");
        actions.setVisible(false);
        Button create =
                new Button(getTranslation("expert-admin.new"), click -> new NewExpertDialog(this::accredit).open());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        Div tools = new Div(filter, create);
        tools.addClassName("pn-actions-row");
        getContent().add(title, lead, tools, createGrid(), actions);
        refresh();
    }

    private Component createGrid() {
        grid.addColumn(ExpertAdminRow::companyName)
                .setHeader(getTranslation("expert-admin.name"))
                .setFlexGrow(2);
        grid.addColumn(ExpertAdminRow::accreditationNumber).setHeader(getTranslation("expert-admin.number"));
        grid.addColumn(ExpertAdminRow::place).setHeader(getTranslation("expert-admin.place"));
        grid.addColumn(row -> Dates.longDate(row.accreditedUntil(), getLocale()))
                .setHeader(getTranslation("expert-admin.until"));
        grid.addColumn(row -> getTranslation(
                        "expert-admin.status." + row.accreditation().name()))
                .setHeader(getTranslation("expert-admin.status"));
        grid.addColumn(row -> row.accountId().isPresent() ? getTranslation("expert-admin.linked") : "—")
                .setHeader(getTranslation("expert-admin.account"));
        grid.setEmptyStateText(getTranslation("expert-admin.empty"));
        grid.setHeight("28rem");
        grid.asSingleSelect().addValueChangeListener(change -> showActions(change.getValue()));
        return grid;
    }

    private void showActions(ExpertAdminRow row) {
        actions.removeAll();
        actions.setVisible(row != null);
        if (row == null) {
            return;
        }
        Button renew = new Button(
                getTranslation("expert-admin.renew"),
                click -> act(() -> getTranslation(
                        "expert-admin.renewed",
                        row.companyName(),
                        Dates.longDate(administration.renew(row.id()), getLocale()))));
        renew.addThemeVariants(ButtonVariant.PRIMARY);
        Button suspend = new Button(
                getTranslation("expert-admin.suspend"),
                click -> act(() -> {
                    administration.suspend(row.id());
                    return getTranslation("expert-admin.suspended", row.companyName());
                }));
        suspend.addThemeVariants(ButtonVariant.ERROR);
        EmailField account = new EmailField(getTranslation("expert-admin.link.email"));
        Button link = new Button(
                getTranslation("expert-admin.link"),
                click -> act(() -> {
                    administration.link(row.id(), account.getValue());
                    return getTranslation("expert-admin.linked-to", row.companyName(), account.getValue());
                }));
        Div buttons = new Div(renew, suspend);
        buttons.addClassName("pn-actions-row");
        Div linking = new Div(account, link);
        linking.addClassName("pn-actions-row");
        actions.add(new H2(row.companyName()), buttons, linking);
    }

    private void act(Supplier<String> step) {
        String done;
        try {
            done = step.get();
        } catch (DirectoryException refused) {
            Steps.refused(this, refused);
            return;
        }
        Steps.done(done);
        refresh();
    }

    /** Returns the refusal's translation key, or null once the expert is accredited. */
    private String accredit(NewExpert expert) {
        try {
            administration.accredit(expert);
        } catch (DirectoryException refused) {
            return refused.messageKey();
        }
        Steps.done(
                getTranslation("expert-admin.accredited", expert.companyName().strip()));
        refresh();
        return null;
    }

    private void refresh() {
        rows = administration.experts();
        show();
        actions.setVisible(false);
    }

    private void show() {
        String wanted = filter.getValue().strip().toLowerCase(Locale.ROOT);
        grid.setItems(rows.stream()
                .filter(row -> wanted.isEmpty()
                        || row.companyName().toLowerCase(Locale.ROOT).contains(wanted)
                        || row.accreditationNumber().toLowerCase(Locale.ROOT).contains(wanted)
                        || row.place().toLowerCase(Locale.ROOT).contains(wanted))
                .toList());
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("expert-admin.title"));
    }
}
