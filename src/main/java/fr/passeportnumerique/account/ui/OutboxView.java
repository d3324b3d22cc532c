package fr.passeportnumerique.account.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.base.mail.MailOutbox;
import fr.passeportnumerique.base.mail.OutboxEntry;
import fr.passeportnumerique.base.ui.MainLayout;
import fr.passeportnumerique.base.ui.PageTitles;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/** For administrators: the e-mails the platform sent or keeps, newest first (without SMTP, the only copy). */
@Route(value = "admin/courriels", layout = MainLayout.class)
@Menu(order = 8, title = "layout.nav.outbox")
@RolesAllowed(AppRoles.ADMIN)
class OutboxView extends Composite<Div> implements HasDynamicTitle {

    private static final int SHOWN = 100;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    OutboxView(MailOutbox outbox) {
        H1 title = new H1(getTranslation("outbox.title"));
        title.addClassName("pn-title");
        getContent().add(title);
        if (!outbox.deliversBySmtp()) {
            Paragraph notice = new Paragraph(getTranslation("outbox.notice.no-smtp"));
            notice.addClassName("pn-notice");
            getContent().add(notice);
        }
        List<OutboxEntry> mails = outbox.latest(SHOWN);
        if (mails.isEmpty()) {
            Div empty = new Div(new Paragraph(getTranslation("outbox.empty")));
            empty.addClassName("pn-empty");
            getContent().add(empty);
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("pn-outbox");
        DateTimeFormatter format =
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale());
        for (OutboxEntry mail : mails) {
            Span summary = new Span(getTranslation(
                    "outbox.summary", format.format(mail.createdAt().atZone(PARIS)), mail.recipient(), mail.subject()));
            Span status = new Span(getTranslation(mail.sentAt() == null ? "outbox.kept" : "outbox.sent"));
            status.addClassNames("pn-status", mail.sentAt() == null ? "pn-status-failed" : "pn-status-ok");
            list.add(new ListItem(new NativeDetails(new Span(summary, new Span(" "), status), body(mail))));
        }
        getContent().add(list);
    }

    private Component body(OutboxEntry mail) {
        if (mail.bodyWithheld()) {
            Paragraph withheld = new Paragraph(getTranslation("outbox.withheld"));
            withheld.addClassName("pn-outbox-withheld");
            return withheld;
        }
        return new Pre(mail.body());
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("outbox.title"));
    }
}
