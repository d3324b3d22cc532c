package fr.passeportnumerique.handoff.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import fr.passeportnumerique.base.i18n.Dates;
import fr.passeportnumerique.base.territory.Territories;
import fr.passeportnumerique.base.ui.MetaList;
import fr.passeportnumerique.curriculum.ModuleNames;
import fr.passeportnumerique.handoff.HandoffChoice;
import fr.passeportnumerique.handoff.HandoffStatus;
import fr.passeportnumerique.handoff.IncomingRequest;
import fr.passeportnumerique.handoff.SharedProfile;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** A request as its expert reads it: the learner's shared profile, their message, and the next steps. */
class IncomingRequestCard extends Composite<Article> {

    /** What the expert chose: the request, the next step and their message. */
    interface StepHandler {
        void move(long requestId, HandoffStatus next, Optional<String> message);
    }

    IncomingRequestCard(IncomingRequest request, ModuleNames modules, StepHandler onStep) {
        SharedProfile learner = request.learner();
        getContent().addClassNames("pn-panel", "pn-incoming");
        getContent().add(new H3(learner.companyName() + " · " + learner.learnerName()));
        getContent().add(MyRequestsPanel.StatusBadge.of(this, request.status()));
        MetaList meta = new MetaList()
                .with(VaadinIcon.ENVELOPE, learner.email())
                .with(VaadinIcon.BUILDING, getTranslation(learner.sector().translationKey()))
                .with(VaadinIcon.USERS, getTranslation("expert-space.employees", learner.employees()))
                .with(
                        VaadinIcon.MAP_MARKER,
                        learner.postcode() + " · "
                                + Territories.departement(learner.departement())
                                        .map(d -> d.name())
                                        .orElse(learner.departement()))
                .with(
                        VaadinIcon.CALENDAR,
                        getTranslation("expert-space.created", Dates.longDate(learner.createdOn(), getLocale())))
                .with(VaadinIcon.EURO, getTranslation(learner.financing().translationKey()));
        getContent().add(meta);
        if (!learner.priorities().isEmpty()) {
            getContent()
                    .add(new Paragraph(getTranslation(
                            "expert-space.priorities",
                            modules.sentence(learner.priorities(), getTranslation("list.and")))));
        }
        getContent().add(new Paragraph(getTranslation("expert-space.scores", scores(learner, modules))));
        request.packTitle()
                .ifPresent(pack -> getContent().add(new Paragraph(getTranslation("handoff.requests.pack", pack))));
        request.learnerMessage().ifPresent(text -> {
            Paragraph said = new Paragraph(getTranslation("expert-space.learner-said", text));
            said.addClassName("pn-expert-message");
            getContent().add(said);
        });
        getContent()
                .add(new Paragraph(
                        getTranslation("expert-space.received", Dates.longDate(request.sentAt(), getLocale()))));
        if (!request.status().expertNext().isEmpty()) {
            getContent().add(steps(request, onStep));
        }
    }

    private Div steps(IncomingRequest request, StepHandler onStep) {
        TextArea message = new TextArea(getTranslation("expert-space.message"));
        message.setMaxLength(HandoffChoice.MESSAGE_MAX_LENGTH);
        message.setWidthFull();
        Div steps = new Div();
        steps.addClassName("pn-actions-row");
        request.status().expertNext().stream().sorted(Comparator.naturalOrder()).forEach(next -> {
            Button button = new Button(
                    getTranslation("expert-space.step." + next.name()),
                    click -> onStep.move(request.id(), next, Optional.ofNullable(message.getValue())));
            if (next == HandoffStatus.ACCEPTED || next == HandoffStatus.SIGNED || next == HandoffStatus.QUOTE_SENT) {
                button.addThemeVariants(ButtonVariant.PRIMARY);
            }
            steps.add(button);
        });
        return new Div(message, steps);
    }

    private String scores(SharedProfile learner, ModuleNames modules) {
        return learner.bestScores().entrySet().stream()
                .sorted(Map.Entry.comparingByValue())
                .limit(3)
                .map(entry -> getTranslation("expert-space.score", modules.title(entry.getKey()), entry.getValue()))
                .collect(Collectors.joining(getTranslation("list.separator")));
    }
}
