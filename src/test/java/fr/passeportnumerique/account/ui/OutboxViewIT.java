package fr.passeportnumerique.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import fr.passeportnumerique.FakeSmtp;
import fr.passeportnumerique.TestLearners;
import fr.passeportnumerique.ViewTestSupport;
import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.account.PasswordResetService;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

class OutboxViewIT extends ViewTestSupport {

    @Autowired
    ApplicationContext context;

    @Autowired
    AccountService accounts;

    @Autowired
    PasswordResetService resets;

    @Test
    void with_smtp_the_outbox_page_never_shows_a_one_time_link() {
        String email = TestLearners.register(accounts, "outbox-view");
        try (FakeSmtp smtp = FakeSmtp.refusing(context)) {
            resets.requestReset(email, Locale.FRENCH);
            signInAs("admin@example.org", AppRoles.ADMIN);
            navigate("admin/courriels");

            assertThat(_find(Pre.class))
                    .noneSatisfy(body -> assertThat(body.getText()).contains("jeton="));
            assertThat(_find(Paragraph.class))
                    .extracting(Paragraph::getText)
                    .contains("Ce courriel contient un lien de connexion à usage unique : son texte n’est pas affiché.")
                    .noneMatch(text -> text.startsWith("Aucun serveur d’envoi"));
        }
    }

    @Test
    void without_smtp_the_outbox_page_says_that_links_stay_visible() {
        String email = TestLearners.register(accounts, "outbox-demo");
        resets.requestReset(email, Locale.FRENCH);
        signInAs("admin@example.org", AppRoles.ADMIN);
        navigate("admin/courriels");

        assertThat(_find(Paragraph.class))
                .extracting(Paragraph::getText)
                .anyMatch(text -> text.startsWith("Aucun serveur d’envoi (SMTP) n’est configuré"));
        assertThat(_find(Pre.class))
                .anySatisfy(body -> assertThat(body.getText()).contains("jeton="));
    }
}
