package fr.passeportnumerique.quiz.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * The quiz's form. The questions' own inputs ({@link SheetInput}) stay in the browser until they are needed: their
 * values go to the server with « Valider mes réponses », and, to keep the answers given when the learner leaves
 * before sending, with the page's activity report (every 15 seconds, and when the page is hidden) and with a
 * router link followed, in the same round-trip, only when an answer changed since. The script also keeps the
 * browser from sending the form by itself (Enter in a text field).
 */
@Tag("form")
class AnswerSheet extends Component implements HasComponents {

    /** Evaluated by the browser on « Valider »: the form's values, as {@link FormValues#parse} reads them. */
    static final String VALUES = "JSON.stringify(Array.from(new FormData(element.closest('form'))))";

    /** The values the page keeps for the server: a DOM event, as the activity report (see its tracker). */
    static final String KEEP_EVENT = "pn-keep";

    static final String KEPT_VALUES = "event.detail";

    private static final String SCRIPT = script();

    private final Consumer<FormValues> keep;

    AnswerSheet(Consumer<FormValues> keep) {
        this.keep = keep;
        getElement().setAttribute("novalidate", true);
        getElement().getClassList().add("pn-answer-sheet");
        getElement()
                .addEventListener(
                        KEEP_EVENT,
                        event -> keep(event.getEventData().path(KEPT_VALUES).asString(null)))
                .addEventData(KEPT_VALUES);
    }

    /** The click on {@code button} sends the form's values with it, and hands them to {@code send}. */
    void sendsWith(Component button, Consumer<FormValues> send) {
        button.getElement()
                .addEventListener(
                        "click",
                        click -> send.accept(FormValues.parse(
                                click.getEventData().path(VALUES).asString(null))))
                .addEventData(VALUES);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        getElement().executeJs(SCRIPT);
    }

    void keep(String values) {
        keep.accept(FormValues.parse(values));
    }

    private static String script() {
        try (InputStream in = AnswerSheet.class.getResourceAsStream("answer-sheet.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
