package fr.passeportnumerique.handoff;

import static fr.passeportnumerique.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passeportnumerique.IntegrationTest;
import fr.passeportnumerique.TestGraduates;
import fr.passeportnumerique.TestLearners;
import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.account.PersonalDataService;
import fr.passeportnumerique.base.mail.MailOutbox;
import fr.passeportnumerique.base.mail.OutboxEntry;
import fr.passeportnumerique.curriculum.CurriculumService;
import fr.passeportnumerique.directory.Accreditation;
import fr.passeportnumerique.directory.Contact;
import fr.passeportnumerique.directory.ExpertCard;
import fr.passeportnumerique.directory.ExpertDirectory;
import fr.passeportnumerique.directory.ExpertFilter;
import fr.passeportnumerique.directory.ExpertListing;
import fr.passeportnumerique.directory.ExpertProfile;
import fr.passeportnumerique.directory.ExpertProfileUpdate;
import fr.passeportnumerique.directory.OwnPack;
import fr.passeportnumerique.directory.PackDetails;
import fr.passeportnumerique.directory.PackItem;
import fr.passeportnumerique.directory.PackListing;
import fr.passeportnumerique.financing.FinancingPath;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The hand-off against MariaDB: consent, the request's steps, capacity, accreditation and who sees what. */
@IntegrationTest
@RecordApplicationEvents
class HandoffIT {

    /** Test learners' businesses are in Maine-et-Loire. */
    private static final String DEPARTEMENT = "49";

    @Autowired
    HandoffService handoff;

    @Autowired
    ExpertSpaceService space;

    @Autowired
    ExpertListing listing;

    @Autowired
    ExpertDirectory directory;

    @Autowired
    ActionPlanService plan;

    @Autowired
    PersonalDataService personalData;

    @Autowired
    AccountService accounts;

    @Autowired
    CurriculumService curriculum;

    @Autowired
    MailOutbox outbox;

    @Autowired
    ApplicationEvents events;

    @Autowired
    JdbcTemplate jdbc;

    private String graduate;
    private List<Long> localExperts;

    @BeforeEach
    void aGraduateAndTheExpertsOfTheirDepartement() {
        // Each test starts from no request and every expert free of a test account.
        jdbc.update("delete from handoff_request");
        jdbc.update("update expert set account_id = null where account_id in"
                + " (select id from user_account where email like 'expert-%@entreprise-exemple.fr')");
        graduate = TestLearners.register(accounts, "gaelle");
        TestGraduates.graduate(jdbc, curriculum, graduate);
        localExperts = jdbc.queryForList(
                "select e.id from expert e join expert_departement d on d.expert_id = e.id"
                        + " where d.departement_code = ? and e.account_id is null and e.suspended = false"
                        + " and e.accredited_until >= current_date and e.accredited_from <= current_date"
                        + " and e.capacity_per_month >= 2 order by e.id",
                Long.class,
                DEPARTEMENT);
        assertThat(localExperts).hasSizeGreaterThanOrEqualTo(2);
    }

    private List<Long> send(String learner, HandoffChoice choice) {
        return as(learner, AppRoles.LEARNER, () -> handoff.send(choice));
    }

    private static HandoffChoice to(long expertId) {
        return new HandoffChoice(List.of(new HandoffChoice.Pick(expertId, Optional.empty())), Optional.empty(), true);
    }

    /** Links a new account to the expert and returns the address to act as them. */
    private String runBy(long expertId) {
        String email = TestLearners.register(accounts, "expert");
        long account = TestLearners.accountId(jdbc, email);
        jdbc.update("update expert set account_id = ? where id = ?", account, expertId);
        return email;
    }

    private HandoffStatus statusOf(long requestId) {
        return HandoffStatus.valueOf(
                jdbc.queryForObject("select status from handoff_request where id = ?", String.class, requestId));
    }

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
    void an_expert_whose_accreditation_is_suspended_cannot_accept_a_request() {
        long expertId = localExperts.getFirst();
        String expert = runBy(expertId);
        long request = send(graduate, to(expertId)).getFirst();
        jdbc.update("update expert set suspended = true where id = ?", expertId);
        try {
            assertThatThrownBy(() -> as(
                            expert,
                            AppRoles.EXPERT,
                            () -> space.move(request, HandoffStatus.ACCEPTED, Optional.empty())))
                    .hasMessage("expert-space.error.not-accredited");
            assertThat(statusOf(request)).isEqualTo(HandoffStatus.SENT);
        } finally {
            jdbc.update("update expert set suspended = false where id = ?", expertId);
        }
    }

    @Test
    void an_expert_sees_and_moves_only_the_requests_addressed_to_them() {
        String first = runBy(localExperts.get(0));
        String second = runBy(localExperts.get(1));
        long request = send(graduate, to(localExperts.get(0))).getFirst();

        assertThat(as(second, AppRoles.EXPERT, () -> space.requests())).isEmpty();
        assertThatThrownBy(() -> as(
                        second, AppRoles.EXPERT, () -> space.move(request, HandoffStatus.ACCEPTED, Optional.empty())))
                .hasMessage("handoff.error.not-found");
        String stranger = TestLearners.register(accounts, "curieux");
        assertThatThrownBy(() -> as(stranger, AppRoles.LEARNER, () -> handoff.withdraw(request)))
                .hasMessage("handoff.error.not-found");
        assertThat(as(first, AppRoles.EXPERT, () -> space.requests()))
                .extracting(IncomingRequest::id)
                .containsExactly(request);
        assertThat(statusOf(request)).isEqualTo(HandoffStatus.SENT);
    }

    @Test
    void an_expert_at_capacity_sinks_in_the_matches_and_takes_no_new_request() {
        long expertId = localExperts.getFirst();
        String expert = runBy(expertId);
        int capacity =
                jdbc.queryForObject("select capacity_per_month from expert where id = ?", Integer.class, expertId);
        jdbc.update("update expert set capacity_per_month = 1 where id = ?", expertId);
        try {
            aFullExpertSinks(expertId, expert);
        } finally {
            jdbc.update("update expert set capacity_per_month = ? where id = ?", capacity, expertId);
        }
    }

    private void aFullExpertSinks(long expertId, String expert) {
        long first = send(graduate, to(expertId)).getFirst();
        as(expert, AppRoles.EXPERT, () -> space.move(first, HandoffStatus.ACCEPTED, Optional.empty()));
        String other = TestLearners.register(accounts, "olivier");
        TestGraduates.graduate(jdbc, curriculum, other);

        MatchResult matches =
                as(other, AppRoles.LEARNER, () -> handoff.recommendations()).orElseThrow();

        ExpertMatch full = matches.experts().stream()
                .filter(match -> match.expert().id() == expertId)
                .findFirst()
                .orElseThrow();
        assertThat(full.atCapacity()).isTrue();
        assertThat(matches.experts().indexOf(full))
                .isGreaterThan((int) matches.experts().stream()
                                .filter(match -> !match.atCapacity())
                                .count()
                        - 1);
        assertThatThrownBy(() -> send(other, to(expertId))).hasMessage("handoff.error.expert-full");
    }

    @Test
    void an_expired_accreditation_hides_the_expert_from_the_directory_and_matching_and_the_profile_says_so() {
        long expertId = localExperts.getFirst();
        LocalDate until =
                jdbc.queryForObject("select accredited_until from expert where id = ?", LocalDate.class, expertId);
        jdbc.update(
                "update expert set accredited_until = ? where id = ?",
                LocalDate.now().minusDays(1),
                expertId);
        try {
            anExpiredExpertIsHidden(expertId);
        } finally {
            jdbc.update("update expert set accredited_until = ? where id = ?", until, expertId);
        }
    }

    private void anExpiredExpertIsHidden(long expertId) {

        assertThat(as(graduate, AppRoles.LEARNER, () -> directory.find(ExpertFilter.none())))
                .extracting(ExpertCard::id)
                .doesNotContain(expertId);
        assertThat(as(graduate, AppRoles.LEARNER, () -> handoff.recommendations())
                        .orElseThrow()
                        .experts())
                .extracting(match -> match.expert().id())
                .doesNotContain(expertId);
        assertThat(as(graduate, AppRoles.LEARNER, () -> directory.expert(expertId))
                        .orElseThrow()
                        .accreditation())
                .isEqualTo(Accreditation.EXPIRED);
        assertThatThrownBy(() -> send(graduate, to(expertId))).hasMessage("handoff.error.expert-unavailable");
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

    @Test
    void priorities_count_in_matching_and_more_than_five_are_refused() {
        assertThatThrownBy(() -> as(graduate, AppRoles.LEARNER, () -> plan.choose(List.of(1, 2, 3, 4, 5, 6))))
                .hasMessage("plan.error.too-many");
        as(graduate, AppRoles.LEARNER, () -> plan.choose(List.of(12, 6)));

        MatchResult matches =
                as(graduate, AppRoles.LEARNER, () -> handoff.recommendations()).orElseThrow();
        ExpertMatch best = matches.experts().getFirst();
        assertThat(best.expert().skills()).containsAnyOf(12, 6);
        assertThat(best.reasons()).extracting(MatchReason::key).contains("match.reason.skills");
    }

    @Test
    void an_expert_edits_their_profile_and_packs_and_no_one_else_s() {
        long expertId = localExperts.getFirst();
        String expert = runBy(expertId);
        String other = runBy(localExperts.get(1));
        ExpertProfile before = as(expert, AppRoles.EXPERT, () -> listing.myExpert())
                .orElseThrow()
                .profile();
        ExpertProfileUpdate wrong = new ExpertProfileUpdate(
                new Contact(
                        "Camille Exemple",
                        "pas-une-adresse",
                        "01 99 00 12 34",
                        "1 rue de l'Exemple",
                        "49000",
                        "Exempleville"),
                false,
                Set.of(DEPARTEMENT),
                Set.of(5),
                7,
                Set.of("fr"),
                "Présentation.");

        assertThatThrownBy(() -> as(expert, AppRoles.EXPERT, () -> listing.updateProfile(wrong)))
                .hasMessage("expert-profile.problem.email");
        assertThat(as(expert, AppRoles.EXPERT, () -> listing.myExpert())
                        .orElseThrow()
                        .profile())
                .isEqualTo(before);

        ExpertProfileUpdate right = new ExpertProfileUpdate(
                new Contact(
                        "Camille Exemple",
                        "camille@example.org",
                        "01 99 00 12 34",
                        "1 rue de l'Exemple",
                        "49000",
                        "Exempleville"),
                false,
                Set.of(DEPARTEMENT),
                Set.of(5),
                7,
                Set.of("fr", "en"),
                "Présentation.");
        as(expert, AppRoles.EXPERT, () -> listing.updateProfile(right));
        ExpertProfile after = as(expert, AppRoles.EXPERT, () -> listing.myExpert())
                .orElseThrow()
                .profile();
        assertThat(after.capacityPerMonth()).isEqualTo(7);
        assertThat(after.companyName()).isEqualTo(before.companyName());
        assertThat(after.accreditationNumber()).isEqualTo(before.accreditationNumber());

        PackDetails pack = new PackDetails(
                "Pack Exemple de test",
                "Une offre d'essai.",
                List.of(new PackItem(PackItem.Kind.SERVICE, "Diagnostic")),
                0,
                9,
                Optional.of(new BigDecimal("300.00")),
                Optional.empty(),
                PackDetails.STANDARD_VAT_PERCENT,
                Set.of(5),
                Set.of(FinancingPath.CREDIT_CLASSIQUE));
        long packId = as(expert, AppRoles.EXPERT, () -> listing.savePack(Optional.empty(), pack));
        assertThat(as(expert, AppRoles.LEARNER, () -> directory.packs(Optional.of(5))))
                .extracting(PackListing::id)
                .contains(packId);
        assertThatThrownBy(() -> as(other, AppRoles.EXPERT, () -> listing.deletePack(packId)))
                .hasMessage("pack-editor.problem.not-found");
        as(expert, AppRoles.EXPERT, () -> listing.publishPack(packId, false));
        assertThat(as(expert, AppRoles.LEARNER, () -> directory.packs(Optional.of(5))))
                .extracting(PackListing::id)
                .doesNotContain(packId);
        as(expert, AppRoles.EXPERT, () -> listing.deletePack(packId));
        assertThat(as(expert, AppRoles.EXPERT, () -> listing.myPacks()))
                .extracting(OwnPack::id)
                .doesNotContain(packId);
    }
}
