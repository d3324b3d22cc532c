package fr.passeportnumerique.learning.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.base.ui.MainLayout;
import fr.passeportnumerique.base.ui.PageTitles;
import fr.passeportnumerique.learning.LearningService;
import fr.passeportnumerique.learning.PassportExtension;
import fr.passeportnumerique.learning.Stamp;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** "Mon passeport numérique": the 20 modules as stamps, stamped with their date once completed. */
@Route(value = "mon-passeport", layout = MainLayout.class)
@Menu(order = 2.5, title = "layout.nav.passport")
@RolesAllowed(AppRoles.LEARNER)
class PassportView extends Composite<Div> implements HasDynamicTitle {

    PassportView(LearningService learning, List<PassportExtension> extensions) {
        List<Stamp> stamps = learning.passport();
        long stamped = stamps.stream().filter(Stamp::isStamped).count();
        H1 title = new H1(getTranslation("passport.title"));
        title.addClassName("pn-title");
        Paragraph lead = new Paragraph(getTranslation("passport.lead", stamped, stamps.size()));
        lead.addClassName("pn-lead");
        UnorderedList grid = new UnorderedList();
        grid.addClassName("pn-passport");
        stamps.forEach(stamp -> grid.add(new ListItem(new StampTile(stamp))));
        getContent().add(title, lead);
        extensions.forEach(extension -> extension.component().ifPresent(getContent()::add));
        getContent().add(grid);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("passport.title"));
    }
}
