package fr.passeportnumerique.account.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import fr.passeportnumerique.account.WelcomePointDetails;
import fr.passeportnumerique.base.ui.MetaList;
import java.util.function.Consumer;

/** One welcome point: its kind, name, address, hours and contact; a learner can join it. */
class WelcomePointCard extends Composite<Article> {

    WelcomePointCard(WelcomePointDetails point, boolean canJoin, Consumer<WelcomePointDetails> onJoin) {
        Span type = new Span(getTranslation(point.type().translationKey()));
        type.addClassName("pn-eyebrow");
        MetaList meta = new MetaList()
                .with(VaadinIcon.MAP_MARKER, point.address() + ", " + point.postcode() + " " + point.town())
                .with(VaadinIcon.CLOCK, point.openingHours())
                .with(VaadinIcon.PHONE, point.phone());
        Anchor email = new Anchor("mailto:" + point.email(), point.email());
        getContent().addClassNames("pn-card", "pn-point");
        getContent().add(type, new H3(point.name()), meta, email);
        if (canJoin) {
            Button join = new Button(getTranslation("welcome-points.join"), click -> onJoin.accept(point));
            getContent().add(join);
        }
    }
}
