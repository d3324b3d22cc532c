package fr.passeportnumerique.tracking.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import fr.passeportnumerique.base.i18n.Dates;
import fr.passeportnumerique.tracking.Reminders;
import fr.passeportnumerique.tracking.ToRemind;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** "À relancer": each learner with why, a one-click reminder and a note of another contact. */
class RemindersPanel extends Composite<Div> {

    /** The longest-waiting first; the rest one click away, so that the page stays readable. */
    private static final int SHOWN_FIRST = 6;

    private final Reminders reminders;
    private final long point;
    private final Locale locale;
    private final Map<String, String> moduleTitles;

    RemindersPanel(Reminders reminders, long point, Locale locale, Map<String, String> moduleTitles) {
        this.reminders = reminders;
        this.point = point;
        this.locale = locale;
        this.moduleTitles = moduleTitles;
        getContent().addClassNames("pn-panel", "pn-reminders");
        show();
    }

    private void show() {
        getContent().removeAll();
        List<ToRemind> learners = reminders.toRemind(point);
        getContent().add(new H2(getTranslation("tracking.remind.title", learners.size())));
        if (learners.isEmpty()) {
            getContent().add(new Paragraph(getTranslation("tracking.remind.none")));
            return;
        }
        getContent().add(new Paragraph(getTranslation("tracking.remind.lead")));
        learners.stream().limit(SHOWN_FIRST).forEach(learner -> getContent().add(row(learner)));
        if (learners.size() > SHOWN_FIRST) {
            Button more = new Button(getTranslation("tracking.remind.show-all", learners.size()));
            more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            more.addClickListener(click -> {
                getContent().remove(more);
                learners.stream()
                        .skip(SHOWN_FIRST)
                        .forEach(learner -> getContent().add(row(learner)));
            });
            getContent().add(more);
        }
    }

    private Div row(ToRemind learner) {
        Span name = new Span(learner.fullName());
        name.addClassName("pn-remind-name");
        Span company = new Span(learner.company());
        company.addClassName("pn-remind-company");
        Span why = new Span(reason(learner));
        why.addClassName("pn-remind-reason");
        Div text = new Div(name, company, why);
        learner.lastReminder().ifPresent(at -> {
            Span reminded = new Span(getTranslation("tracking.remind.reminded", Dates.longDate(at, locale)));
            reminded.addClassName("pn-remind-done");
            text.add(reminded);
        });
        Button remind = new Button(getTranslation("tracking.remind.send"), click -> {
            reminders.remind(learner.id());
            Notification.show(
                            getTranslation("tracking.remind.sent", learner.fullName()),
                            5000,
                            Notification.Position.BOTTOM_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            show();
        });
        remind.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        remind.setAriaLabel(getTranslation("tracking.remind.send-to", learner.fullName()));
        Button note = new Button(getTranslation("tracking.remind.note"), click -> noteDialog(learner));
        note.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Div row = new Div(text, new Div(remind, note));
        row.addClassName("pn-remind-row");
        return row;
    }

    private String reason(ToRemind learner) {
        String activity = learner.lastActivity()
                .map(at -> getTranslation("tracking.remind.inactive-since", Dates.longDate(at, locale)))
                .orElse(getTranslation("tracking.remind.never-active"));
        return learner.failedTwice()
                .map(module ->
                        getTranslation("tracking.remind.failed-twice", moduleTitles.getOrDefault(module, module)))
                .orElse(activity);
    }

    private void noteDialog(ToRemind learner) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("tracking.remind.note-title", learner.fullName()));
        TextArea text = new TextArea(getTranslation("tracking.remind.note-label"));
        text.setMaxLength(Reminders.NOTE_MAX_LENGTH);
        text.setWidthFull();
        Button save = new Button(getTranslation("tracking.remind.note-save"), click -> {
            Optional<String> problem = noteProblem(text.getValue());
            if (problem.isPresent()) {
                text.setInvalid(true);
                text.setErrorMessage(problem.get());
                return;
            }
            reminders.note(learner.id(), text.getValue());
            dialog.close();
            Notification.show(getTranslation("tracking.remind.noted"), 4000, Notification.Position.BOTTOM_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(text);
        dialog.getFooter().add(new Button(getTranslation("tracking.cancel"), click -> dialog.close()), save);
        dialog.setWidth("min(32rem, 95vw)");
        dialog.open();
    }

    /** What is wrong with a note, for the person; empty when it can be kept. */
    private Optional<String> noteProblem(String note) {
        if (note.isBlank()) {
            return Optional.of(getTranslation("tracking.remind.note-required"));
        }
        if (note.strip().length() > Reminders.NOTE_MAX_LENGTH) {
            return Optional.of(getTranslation("tracking.remind.note-too-long", Reminders.NOTE_MAX_LENGTH));
        }
        return Optional.empty();
    }
}
