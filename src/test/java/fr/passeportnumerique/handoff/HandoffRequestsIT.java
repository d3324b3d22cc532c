package fr.passeportnumerique.handoff;

import static fr.passeportnumerique.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passeportnumerique.TestGraduates;
import fr.passeportnumerique.TestLearners;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.account.PersonalDataService;
import fr.passeportnumerique.base.mail.MailOutbox;
import fr.passeportnumerique.base.mail.OutboxEntry;
import fr.passeportnumerique.directory.ExpertDirectory;
import fr.passeportnumerique.financing.FinancingPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** A learner's requests to experts: consent, who may send, the steps from sent to signed, at most three open. */
@RecordApplicationEvents
class HandoffRequestsIT extends GraduateAndLocalExperts {

    @Autowired
    ExpertSpaceService space;

    @Autowired
    ExpertDirectory directory;

    @Autowired
    PersonalDataService personalData;

    @Autowired
    MailOutbox outbox;

    @Autowired
    ApplicationEvents events;

    @Test
    void without_consent_nothing_is_sent_nor_stored() {
        HandoffChoice withoutConsent = new HandoffChoice(
                List.of(new HandoffChoice.Pick(localExperts.getFirst(), Optional.empty())),
                Optional.of("Bonjour"),
                false);

        assertThatThrownBy(() -> send(graduate, withoutConsent))
                .isInstanceOf(HandoffException.class)
                .extracting(refused -> ((HandoffException) refused).messageKey())
                .isEqualTo("handoff.error.consent");
        assertThat(as(graduate, AppRoles.LEARNER, () -> handoff.myRequests())).isEmpty();
    }

    @Test
    void a_learner_who_has_not_completed_module_20_cannot_send_yet() {
        String beginner = TestLearners.register(accounts, "debutant");

        assertThat(as(beginner, AppRoles.LEARNER, () -> handoff.mayRequest())).isFalse();
        assertThatThrownBy(() -> send(beginner, to(localExperts.getFirst()))).hasMessage("handoff.error.not-yet");
        TestGraduates.complete(
                jdbc, curriculum, beginner, List.of(curriculum.modules().getLast()), 90);
        assertThat(as(beginner, AppRoles.LEARNER, () -> handoff.mayRequest())).isTrue();
    }

    @Test
    void a_request_goes_from_sent_to_signed_and_each_step_is_told_and_published() {
        long expertId = localExperts.getFirst();
        String expert = runBy(expertId);
        long packId = jdbc.queryForObject("select min(id) from pack_offer", Long.class);
        jdbc.update("update pack_offer set expert_id = ? where id = ?", expertId, packId);
        String sector = "G";
        int clientsBefore = jdbc
                .queryForList(
                        "select clients from expert_sector where expert_id = ? and sector = ?",
                        Integer.class,
                        expertId,
                        sector)
                .stream()
                .findFirst()
                .orElse(0);

        long request = send(
                        graduate,
                        new HandoffChoice(
                                List.of(new HandoffChoice.Pick(expertId, Optional.of(packId))),
                                Optional.of("Nous voulons sauvegarder nos données."),
                                true))
                .getFirst();

        IncomingRequest incoming =
                as(expert, AppRoles.EXPERT, () -> space.requests()).getFirst();
        assertThat(incoming.id()).isEqualTo(request);
        assertThat(incoming.learner().companyName()).isEqualTo("Entreprise Exemple");
        assertThat(incoming.learner().bestScores()).hasSize(20);
        assertThat(incoming.learner().financing()).isEqualTo(FinancingPath.CREDIT_CLASSIQUE);
        assertThat(incoming.learnerMessage()).contains("Nous voulons sauvegarder nos données.");
        assertThat(incoming.packTitle()).isPresent();
        String expertEmail = as(graduate, AppRoles.LEARNER, () -> directory.expert(expertId))
                .orElseThrow()
                .profile()
                .contact()
                .email();
        assertThat(as(graduate, AppRoles.ADMIN, () -> outbox.latest(50)))
                .extracting(OutboxEntry::recipient)
                .contains(expertEmail);

        as(
                expert,
                AppRoles.EXPERT,
                () -> space.move(request, HandoffStatus.ACCEPTED, Optional.of("Je vous appelle demain.")));
        LearnerRequest seen =
                as(graduate, AppRoles.LEARNER, () -> handoff.myRequests()).getFirst();
        assertThat(seen.status()).isEqualTo(HandoffStatus.ACCEPTED);
        assertThat(seen.expertMessage()).contains("Je vous appelle demain.");
        assertThat(as(graduate, AppRoles.ADMIN, () -> outbox.latest(50)))
                .extracting(OutboxEntry::recipient)
                .contains(graduate);

        as(expert, AppRoles.EXPERT, () -> space.move(request, HandoffStatus.QUOTE_SENT, Optional.empty()));
        as(expert, AppRoles.EXPERT, () -> space.move(request, HandoffStatus.SIGNED, Optional.empty()));

        assertThat(statusOf(request)).isEqualTo(HandoffStatus.SIGNED);
        assertThat(events.stream(HandoffStatusChanged.class)
                        .filter(event -> event.requestId() == request)
                        .map(HandoffStatusChanged::status))
                .containsExactly(
                        HandoffStatus.SENT, HandoffStatus.ACCEPTED, HandoffStatus.QUOTE_SENT, HandoffStatus.SIGNED);
        assertThat(jdbc.queryForObject(
                        "select clients from expert_sector where expert_id = ? and sector = ?",
                        Integer.class,
                        expertId,
                        sector))
                .isEqualTo(clientsBefore + 1);
        assertThatThrownBy(() -> as(graduate, AppRoles.LEARNER, () -> handoff.withdraw(request)))
                .hasMessage("handoff.error.closed");
        String export =
                new String(as(graduate, AppRoles.LEARNER, () -> personalData.exportMyData()), StandardCharsets.UTF_8);
        assertThat(export).contains("\"handoff\"").contains("SIGNED").contains("Nous voulons sauvegarder nos données.");
    }

    @Test
    void steps_out_of_order_or_on_a_withdrawn_request_are_refused() {
        long expertId = localExperts.getFirst();
        String expert = runBy(expertId);
        long request = send(graduate, to(expertId)).getFirst();

        assertThatThrownBy(() ->
                        as(expert, AppRoles.EXPERT, () -> space.move(request, HandoffStatus.SIGNED, Optional.empty())))
                .hasMessage("handoff.error.step");
        as(graduate, AppRoles.LEARNER, () -> handoff.withdraw(request));

        assertThat(statusOf(request)).isEqualTo(HandoffStatus.WITHDRAWN);
        assertThatThrownBy(() -> as(
                        expert, AppRoles.EXPERT, () -> space.move(request, HandoffStatus.ACCEPTED, Optional.empty())))
                .hasMessage("handoff.error.step");
    }

    @Test
    void at_most_three_requests_are_open_at_once_and_a_refusal_writes_nothing() {
        List<Long> experts = jdbc.queryForList(
                "select e.id from expert e where e.remote = true and e.account_id is null and e.suspended = false"
                        + " and e.accredited_until >= current_date and e.accredited_from <= current_date order by e.id"
                        + " limit 4",
                Long.class);
        send(
                graduate,
                new HandoffChoice(
                        experts.subList(0, 3).stream()
                                .map(id -> new HandoffChoice.Pick(id, Optional.empty()))
                                .toList(),
                        Optional.empty(),
                        true));

        assertThatThrownBy(() -> send(graduate, to(experts.get(3)))).hasMessage("handoff.error.too-many-open");
        assertThat(as(graduate, AppRoles.LEARNER, () -> handoff.myRequests())).hasSize(3);
    }
}
