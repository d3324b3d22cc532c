package fr.passeportnumerique.handoff;

import fr.passeportnumerique.base.PasseportProperties;
import fr.passeportnumerique.base.i18n.Translations;
import fr.passeportnumerique.base.mail.Mail;
import fr.passeportnumerique.base.mail.MailOutbox;
import org.springframework.stereotype.Component;

/** The e-mails of a hand-off, in French (the programme's language), sent through the outbox after commit. */
@Component
class HandoffMails {

    static final String LEARNER_SPACE = "mon-accompagnement";
    static final String EXPERT_SPACE = "espace-expert";

    private final MailOutbox outbox;
    private final PasseportProperties properties;

    HandoffMails(MailOutbox outbox, PasseportProperties properties) {
        this.outbox = outbox;
        this.properties = properties;
    }

    void requested(String expertEmail, SharedProfile learner) {
        send(
                expertEmail,
                "mail.handoff.new.subject",
                new Object[] {learner.companyName()},
                "mail.handoff.new.body",
                learner.learnerName(),
                learner.companyName(),
                properties.link(EXPERT_SPACE));
    }

    void answered(SharedProfile learner, String expertName, HandoffStatus status) {
        send(
                learner.email(),
                "mail.handoff.step.subject",
                new Object[] {expertName},
                "mail.handoff.step.body",
                learner.learnerName(),
                expertName,
                Translations.translate(status.translationKey(), Translations.FRENCH),
                properties.link(LEARNER_SPACE));
    }

    void withdrawn(String expertEmail, SharedProfile learner) {
        send(
                expertEmail,
                "mail.handoff.withdrawn.subject",
                new Object[] {learner.companyName()},
                "mail.handoff.withdrawn.body",
                learner.learnerName(),
                learner.companyName());
    }

    private void send(String to, String subjectKey, Object[] subjectArguments, String bodyKey, Object... arguments) {
        outbox.send(new Mail(
                to,
                Translations.translate(subjectKey, Translations.FRENCH, subjectArguments),
                Translations.translate(bodyKey, Translations.FRENCH, arguments)));
    }
}
