package fr.passeportnumerique.handoff.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import fr.passeportnumerique.base.i18n.Dates;
import fr.passeportnumerique.directory.DirectoryLinks;
import fr.passeportnumerique.handoff.HandoffStatus;
import fr.passeportnumerique.handoff.LearnerRequest;
import java.util.List;
import java.util.function.LongConsumer;

/** The learner's requests: to whom, where each stands, the expert's message; an open one can be withdrawn. */
class MyRequestsPanel extends Composite<Section> {

    MyRequestsPanel(List<LearnerRequest> requests, LongConsumer onWithdraw) {
        getContent().addClassName("pn-my-requests");
        getContent().setId("mes-demandes");
        getContent().add(new H2(getTranslation("handoff.requests.title")));
        if (requests.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("handoff.requests.none"));
            none.addClassName("pn-empty");
            getContent().add(none);
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("pn-request-list");
        for (LearnerRequest request : requests) {
            Article item = new Article();
            item.addClassNames("pn-panel", "pn-request");
            item.add(new H3(new Anchor(DirectoryLinks.expert(request.expertId()), request.expertName())));
            if (request.expertWithdrawn()) {
                item.add(new Paragraph(getTranslation("handoff.requests.expert-withdrawn")));
            }
            item.add(StatusBadge.of(this, request.status()));
            request.packTitle()
                    .ifPresent(pack -> item.add(new Paragraph(getTranslation("handoff.requests.pack", pack))));
            item.add(new Paragraph(getTranslation(
                    "handoff.requests.dates",
                    Dates.longDate(request.sentAt(), getLocale()),
                    Dates.longDate(request.updatedAt(), getLocale()))));
            request.expertMessage().ifPresent(text -> {
                Paragraph said = new Paragraph(getTranslation("handoff.requests.expert-said", text));
                said.addClassName("pn-expert-message");
                item.add(said);
            });
            if (request.canWithdraw()) {
                Button withdraw = new Button(getTranslation("handoff.withdraw"), click -> confirm(request, onWithdraw));
                item.add(withdraw);
            }
            list.add(new ListItem(item));
        }
        getContent().add(list);
    }

    private void confirm(LearnerRequest request, LongConsumer onWithdraw) {
        ConfirmDialog dialog = new ConfirmDialog(
                getTranslation("handoff.withdraw.title"),
                getTranslation("handoff.withdraw.text", request.expertName()),
                getTranslation("handoff.withdraw.confirm"),
                confirmed -> onWithdraw.accept(request.id()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("handoff.withdraw.cancel"));
        dialog.open();
    }

    /** A request's step as a coloured label: green when signed or accepted, red when closed without a deal. */
    static final class StatusBadge {
        private StatusBadge() {}

        static Span of(com.vaadin.flow.component.Component view, HandoffStatus status) {
            Span badge = new Span(view.getTranslation(status.translationKey()));
            badge.addClassName("pn-status");
            switch (status) {
                case ACCEPTED, QUOTE_SENT, SIGNED -> badge.addClassName("pn-status-ok");
                case DECLINED, NO_FOLLOW_UP, WITHDRAWN -> badge.addClassName("pn-status-failed");
                default -> badge.addClassName("pn-status-pending");
            }
            return badge;
        }
    }
}
