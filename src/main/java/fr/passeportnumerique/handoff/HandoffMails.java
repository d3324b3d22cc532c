package fr.passeportnumerique.handoff;

import fr.passeportnumerique.base.PasseportProperties;
import fr.passeportnumerique.base.i18n.Translations;
import fr.passeportnumerique.base.mail.Mail;
import fr.passeportnumerique.base.mail.MailOutbox;
import fr.passeportnumerique.directory.ExpertSummary;
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

    void requested(ExpertSummary expert, SharedProfile learner, long learnerAccount) {
        send(
                expert.contact().email(),
                expert.accountId().orElse(null),
                learnerAccount,
                "mail.handoff.new.subject",
                new Object[] {learner.companyName()},
                "mail.handoff.new.body",
                learner.learnerName(),
                learner.companyName(),
                properties.link(EXPERT_SPACE));
    }

    void answered(SharedProfile learner, long learnerAccount, String expertName, HandoffStatus status) {
        send(
                learner.email(),
                learnerAccount,
                learnerAccount,
                "mail.handoff.step.subject",
                new Object[] {expertName},
                "mail.handoff.step.body",
                learner.learnerName(),
                expertName,
                Translations.translate(status.translationKey(), Translations.FRENCH),
                properties.link(LEARNER_SPACE));
    }

    void withdrawn(ExpertSummary expert, SharedProfile learner, long learnerAccount) {
        send(
                expert.contact().email(),
                expert.accountId().orElse(null),
                learnerAccount,
                "mail.handoff.withdrawn.subject",
                new Object[] {learner.companyName()},
                "mail.handoff.withdrawn.body",
                learner.learnerName(),
                learner.companyName());
    }

    /** A mail to {@code toAccount} (null: an expert without an account) about the learner {@code aboutAccount}. */
    private void send(
            String to,
            Long toAccount,
            long aboutAccount,
            String subjectKey,
            Object[] subjectArguments,
            String bodyKey,
            Object... arguments) {
        outbox.send(new Mail(
                        to,
                        Translations.translate(subjectKey, Translations.FRENCH, subjectArguments),
                        Translations.translate(bodyKey, Translations.FRENCH, arguments))
                .about(toAccount, aboutAccount));
    }
}
