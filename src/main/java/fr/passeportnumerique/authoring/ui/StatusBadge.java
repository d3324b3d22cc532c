package fr.passeportnumerique.authoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import fr.passeportnumerique.authoring.ItemStatus;
import java.util.Locale;

/** Where an item stands, as a coloured label: published, draft changes, never published. */
final class StatusBadge {

    private StatusBadge() {}

    static Span of(Component view, ItemStatus status) {
        Span badge =
                new Span(view.getTranslation("authoring.status." + status.name().toLowerCase(Locale.ROOT)));
        badge.addClassNames("pn-status", "pn-authoring-" + status.name().toLowerCase(Locale.ROOT));
        return badge;
    }
}
