package fr.passeportnumerique.handoff.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import fr.passeportnumerique.base.Refusal;
import fr.passeportnumerique.curriculum.ModuleNames;
import fr.passeportnumerique.directory.DirectoryLinks;
import fr.passeportnumerique.directory.PackCandidate;
import fr.passeportnumerique.handoff.ExpertMatch;
import fr.passeportnumerique.handoff.HandoffChoice;
import fr.passeportnumerique.handoff.MatchResult;
import fr.passeportnumerique.handoff.PackMatch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The experts matching the learner, each with the reasons of its rank; the learner ticks one to three, may pick one of
 * their packs, and sends with explicit consent. A refused request is told in the form, on the consent box when it was
 * not ticked, above the button otherwise, where it hides none of the learner's input.
 */
class RecommendationsPanel extends Composite<Section> {

    static final int SHOWN = 10;

    private final Map<Long, Checkbox> chosen = new LinkedHashMap<>();
    private final Map<Long, ComboBox<PackCandidate>> packChoices = new LinkedHashMap<>();
    private final TextArea message = new TextArea();
    private final Checkbox consent = new Checkbox();
    private final Paragraph refusal = new Paragraph();

    RecommendationsPanel(MatchResult result, ModuleNames modules, boolean mayRequest, Consumer<HandoffChoice> onSend) {
        getContent().addClassName("pn-recommendations");
        getContent().add(new H2(getTranslation("handoff.experts.title")));
        if (result.experts().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("handoff.experts.none"));
            none.addClassName("pn-empty");
            getContent().add(none);
            return;
        }
        if (!mayRequest) {
            Paragraph notYet = new Paragraph(getTranslation("handoff.not-yet"));
            notYet.addClassNames("pn-callout", "pn-callout-note");
            getContent().add(notYet);
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("pn-match-list");
        result.experts().stream()
                .limit(SHOWN)
                .forEach(match -> list.add(new ListItem(card(match, packsOf(result, match), modules, mayRequest))));
        getContent().add(list);
        if (mayRequest) {
            getContent().add(sendForm(onSend));
        }
    }

    private Component card(ExpertMatch match, List<PackCandidate> packs, ModuleNames modules, boolean mayRequest) {
        Article card = new Article();
        card.addClassNames("pn-card", "pn-match");
        card.add(new H3(new Anchor(
                DirectoryLinks.expert(match.expert().id()), match.expert().companyName())));
        UnorderedList reasons = new UnorderedList();
        reasons.addClassName("pn-reasons");
        match.reasons().forEach(reason -> reasons.add(new ListItem(ReasonTexts.of(this, reason, modules))));
        card.add(reasons);
        if (mayRequest) {
            Checkbox pick =
                    new Checkbox(getTranslation("handoff.pick", match.expert().companyName()));
            pick.setEnabled(!match.atCapacity());
            pick.addValueChangeListener(change -> limitToThree(pick, change.getValue()));
            chosen.put(match.expert().id(), pick);
            card.add(pick);
            if (!packs.isEmpty()) {
                ComboBox<PackCandidate> pack = new ComboBox<>(getTranslation("handoff.pack"));
                pack.setItems(packs);
                pack.setItemLabelGenerator(PackCandidate::title);
                pack.setClearButtonVisible(true);
                pack.setPlaceholder(getTranslation("handoff.pack.none"));
                packChoices.put(match.expert().id(), pack);
                card.add(pack);
            }
        }
        return card;
    }

    private void limitToThree(Checkbox pick, boolean ticked) {
        long count = chosen.values().stream().filter(Checkbox::getValue).count();
        if (ticked && count > HandoffChoice.MAX_EXPERTS) {
            pick.setValue(false);
            com.vaadin.flow.component.notification.Notification.show(getTranslation("handoff.error.count"));
        }
    }

    private Component sendForm(Consumer<HandoffChoice> onSend) {
        message.setLabel(getTranslation("handoff.message"));
        message.setHelperText(getTranslation("handoff.message.help"));
        message.setMaxLength(HandoffChoice.MESSAGE_MAX_LENGTH);
        message.setWidthFull();
        consent.setLabel(getTranslation("handoff.consent"));
        consent.setId("consentement");
        consent.addValueChangeListener(change -> consent.setInvalid(false));
        refusal.addClassName("pn-error");
        refusal.getElement().setAttribute("role", "alert");
        refusal.setVisible(false);
        Button send = new Button(getTranslation("handoff.send"), click -> send(onSend));
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.setId("envoyer-demande");
        Section form = new Section(new H3(getTranslation("handoff.send.title")), message, consent, refusal, send);
        form.addClassNames("pn-panel", "pn-send-form");
        return form;
    }

    /** {@code onSend} throws the refusal of a request that cannot go; it is shown here, beside what to change. */
    private void send(Consumer<HandoffChoice> onSend) {
        consent.setInvalid(false);
        refusal.setVisible(false);
        try {
            onSend.accept(choice());
        } catch (Refusal refused) {
            String text = getTranslation(refused.messageKey());
            if (refused.messageKey().equals(HandoffChoice.CONSENT_MISSING)) {
                consent.setErrorMessage(text);
                consent.setInvalid(true);
                consent.focus();
            } else {
                refusal.setText(text);
                refusal.setVisible(true);
            }
        }
    }

    private HandoffChoice choice() {
        List<HandoffChoice.Pick> picks = new ArrayList<>();
        chosen.forEach((expertId, pick) -> {
            if (pick.getValue()) {
                Optional<Long> pack = Optional.ofNullable(packChoices.get(expertId))
                        .flatMap(combo -> Optional.ofNullable(combo.getValue()))
                        .map(PackCandidate::id);
                picks.add(new HandoffChoice.Pick(expertId, pack));
            }
        });
        return new HandoffChoice(picks, Optional.ofNullable(message.getValue()), consent.getValue());
    }

    private static List<PackCandidate> packsOf(MatchResult result, ExpertMatch match) {
        return result.packs().stream()
                .map(PackMatch::pack)
                .filter(pack -> pack.expertId() == match.expert().id())
                .toList();
    }
}
