package fr.passeportnumerique.handoff;

import static fr.passeportnumerique.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passeportnumerique.TestGraduates;
import fr.passeportnumerique.TestLearners;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.directory.Accreditation;
import fr.passeportnumerique.directory.ExpertCard;
import fr.passeportnumerique.directory.ExpertDirectory;
import fr.passeportnumerique.directory.ExpertFilter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Which experts a graduate is offered: capacity, accreditation and the priorities of the action plan count. */
class HandoffMatchingIT extends GraduateAndLocalExperts {

    @Autowired
    ExpertSpaceService space;

    @Autowired
    ExpertDirectory directory;

    @Autowired
    ActionPlanService plan;

    @Test
    void an_expert_at_capacity_sinks_in_the_matches_and_takes_no_new_request() {
        long expertId = localExperts.getFirst();
        String expert = runBy(expertId);
        withCapacity(expertId, 1, () -> aFullExpertSinks(expertId, expert));
    }

    /** Runs {@code steps} with the expert's monthly capacity set to {@code capacity}, then puts it back. */
    private void withCapacity(long expertId, int capacity, Runnable steps) {
        int before = jdbc.queryForObject("select capacity_per_month from expert where id = ?", Integer.class, expertId);
        jdbc.update("update expert set capacity_per_month = ? where id = ?", capacity, expertId);
        try {
            steps.run();
        } finally {
            jdbc.update("update expert set capacity_per_month = ? where id = ?", before, expertId);
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
    void a_request_closed_without_follow_up_or_withdrawn_gives_the_expert_their_place_back() {
        long expertId = localExperts.getFirst();
        String expert = runBy(expertId);
        withCapacity(expertId, 2, () -> closedRequestsFreeTheirPlace(expertId, expert));
    }

    private void closedRequestsFreeTheirPlace(long expertId, String expert) {
        long closed = send(graduate, to(expertId)).getFirst();
        as(expert, AppRoles.EXPERT, () -> space.move(closed, HandoffStatus.ACCEPTED, Optional.empty()));
        as(expert, AppRoles.EXPERT, () -> space.move(closed, HandoffStatus.NO_FOLLOW_UP, Optional.empty()));
        String second = TestLearners.register(accounts, "noemie");
        TestGraduates.graduate(jdbc, curriculum, second);
        long withdrawn = send(second, to(expertId)).getFirst();
        as(expert, AppRoles.EXPERT, () -> space.move(withdrawn, HandoffStatus.ACCEPTED, Optional.empty()));
        as(second, AppRoles.LEARNER, () -> handoff.withdraw(withdrawn));
        String other = TestLearners.register(accounts, "olivier");
        TestGraduates.graduate(jdbc, curriculum, other);

        ExpertMatch match =
                as(other, AppRoles.LEARNER, () -> handoff.recommendations()).orElseThrow().experts().stream()
                        .filter(found -> found.expert().id() == expertId)
                        .findFirst()
                        .orElseThrow();

        assertThat(match.atCapacity()).isFalse();
        assertThat(match.expert().availableThisMonth()).isEqualTo(2);
        assertThat(send(other, to(expertId))).hasSize(1);
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
}
