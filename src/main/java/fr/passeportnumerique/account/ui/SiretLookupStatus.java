package fr.passeportnumerique.account.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import fr.passeportnumerique.account.SiretLookup;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Under the SIRET: that the directory is being asked, then what it said, read out by screen readers as it changes.
 * The application has no server push, so the page polls while an answer is awaited.
 */
class SiretLookupStatus extends Composite<Div> {

    private static final Logger LOG = LoggerFactory.getLogger(SiretLookupStatus.class);
    private static final int POLL_MILLIS = 400;

    private final ProgressBar progress = new ProgressBar();
    private final Span message = new Span();
    private String awaited = "";
    private CompletableFuture<Void> pending = CompletableFuture.completedFuture(null);

    SiretLookupStatus() {
        progress.setIndeterminate(true);
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", getTranslation("company-lookup.searching"));
        getContent().addClassName("pn-siret-lookup");
        getContent().getElement().setAttribute("role", "status");
        getContent().add(progress, message);
    }

    /**
     * Hands the directory's answer about {@code siret} over on the page's thread: at once if it is there, otherwise
     * when it comes, unless another SIRET was typed meanwhile (its own answer then counts).
     */
    void await(String siret, CompletableFuture<SiretLookup> reply, Consumer<SiretLookup> onAnswer) {
        UI ui = UI.getCurrent();
        ui.setPollInterval(-1);
        awaited = siret;
        CompletableFuture<SiretLookup> answer = reply.exceptionally(failure -> {
            LOG.warn("Company lookup failed for {}", siret, failure);
            return new SiretLookup.Unavailable();
        });
        if (answer.isDone()) {
            onAnswer.accept(answer.join());
            return;
        }
        progress.setVisible(true);
        message.setText(getTranslation("company-lookup.searching"));
        ui.setPollInterval(POLL_MILLIS);
        pending = answer.thenAccept(ui.accessLater(
                result -> {
                    if (siret.equals(awaited)) {
                        ui.setPollInterval(-1);
                        onAnswer.accept(result);
                    }
                },
                () -> {}));
    }

    /** No answer is awaited any more (what is typed is not a SIRET). */
    void forget() {
        awaited = "";
        UI.getCurrent().setPollInterval(-1);
        clear();
    }

    /** The answer awaited, if any: done once it is on the page (or was found stale). */
    CompletableFuture<Void> pending() {
        return pending;
    }

    void say(String key, Object... parameters) {
        progress.setVisible(false);
        message.setText(getTranslation(key, parameters));
    }

    void clear() {
        progress.setVisible(false);
        message.setText("");
    }

    String text() {
        return message.getText();
    }
}
