package fr.passeportnumerique.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeportnumerique.account.Sector;
import fr.passeportnumerique.directory.ExpertCandidate;
import fr.passeportnumerique.directory.PackCandidate;
import fr.passeportnumerique.financing.FinancingPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExpertScoringTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final int CYBER = 6;
    private static final int INVOICING = 12;
    private static final int WEBSITE = 7;

    private final ExpertScoring scoring = new ExpertScoring();

    /** A baker in the Rhône who chose cybersecurity then e-invoicing, and did worst on the website quiz. */
    private final MatchNeeds baker = new MatchNeeds(
            "69", Sector.C, 4, FinancingPath.CREDIT_CLASSIQUE, List.of(CYBER, INVOICING), List.of(WEBSITE));

    private static ExpertCandidate expert(long id, String name, Set<String> departements, Set<Integer> skills) {
        return new ExpertCandidate(
                id, name, departements, false, skills, Map.of(), 4, 0, TODAY.minusYears(1), TODAY.plusYears(1), false);
    }

    @Test
    void each_point_of_the_score_comes_with_its_reason() {
        ExpertCandidate expert = new ExpertCandidate(
                1,
                "Exemple Numérique SARL",
                Set.of("69"),
                false,
                Set.of(CYBER, INVOICING, WEBSITE),
                Map.of(Sector.C, 3),
                5,
                2,
                TODAY.minusYears(1),
                TODAY.plusYears(1),
                false);

        ExpertMatch match = scoring.score(baker, expert);

        // 40 (département) + 2 × 15 (priorities) + 8 (weak module) + 3 × 3 (clients in the sector) + 5 (room).
        assertThat(match.score()).isEqualTo(92);
        assertThat(match.reasons())
                .containsExactly(
                        MatchReason.of("departement", "69"),
                        MatchReason.of("skills", List.of(CYBER, INVOICING, WEBSITE)),
                        MatchReason.of("sector-clients", 3),
                        MatchReason.of("capacity", 3));
        assertThat(match.atCapacity()).isFalse();
    }

    @Test
    void experts_outside_the_departement_are_left_out_unless_they_work_remotely() {
        ExpertCandidate elsewhere = expert(1, "Ailleurs SARL", Set.of("13"), Set.of(CYBER));
        ExpertCandidate remote = new ExpertCandidate(
                2,
                "À distance SAS",
                Set.of("13"),
                true,
                Set.of(CYBER),
                Map.of(),
                3,
                0,
                TODAY.minusYears(1),
                TODAY.plusYears(1),
                false);

        MatchResult result = scoring.rank(baker, List.of(elsewhere, remote), List.of(), TODAY);

        assertThat(result.experts()).extracting(match -> match.expert().id()).containsExactly(2L);
        assertThat(result.experts().getFirst().reasons()).contains(MatchReason.of("remote"));
        assertThat(result.experts().getFirst().score()).isEqualTo(20 + 15 + 5);
    }

    @Test
    void an_expired_a_suspended_or_a_not_yet_valid_accreditation_hides_the_expert() {
        ExpertCandidate expired = new ExpertCandidate(
                1,
                "Expiré SARL",
                Set.of("69"),
                false,
                Set.of(CYBER),
                Map.of(),
                3,
                0,
                TODAY.minusYears(3),
                TODAY.minusDays(1),
                false);
        ExpertCandidate suspended = new ExpertCandidate(
                2,
                "Suspendu SARL",
                Set.of("69"),
                false,
                Set.of(CYBER),
                Map.of(),
                3,
                0,
                TODAY.minusYears(1),
                TODAY.plusYears(1),
                true);
        ExpertCandidate future = new ExpertCandidate(
                3,
                "Bientôt SARL",
                Set.of("69"),
                false,
                Set.of(CYBER),
                Map.of(),
                3,
                0,
                TODAY.plusDays(1),
                TODAY.plusYears(2),
                false);
        ExpertCandidate lastDay = new ExpertCandidate(
                4,
                "Dernier jour SARL",
                Set.of("69"),
                false,
                Set.of(CYBER),
                Map.of(),
                3,
                0,
                TODAY.minusYears(2),
                TODAY,
                false);

        MatchResult result = scoring.rank(baker, List.of(expired, suspended, future, lastDay), List.of(), TODAY);

        assertThat(result.experts()).extracting(match -> match.expert().id()).containsExactly(4L);
    }

    @Test
    void an_expert_at_capacity_sinks_below_every_expert_with_room_whatever_the_score() {
        ExpertCandidate full = new ExpertCandidate(
                1,
                "Complet SARL",
                Set.of("69"),
                false,
                Set.of(CYBER, INVOICING, WEBSITE),
                Map.of(Sector.C, 5),
                2,
                2,
                TODAY.minusYears(1),
                TODAY.plusYears(1),
                false);
        ExpertCandidate modest = expert(2, "Modeste SARL", Set.of("69"), Set.of());

        MatchResult result = scoring.rank(baker, List.of(full, modest), List.of(), TODAY);

        assertThat(result.experts()).extracting(match -> match.expert().id()).containsExactly(2L, 1L);
        assertThat(result.experts().get(1).score())
                .isGreaterThan(result.experts().get(0).score());
        assertThat(result.experts().get(1).reasons()).contains(MatchReason.of("full"));
    }

    @Test
    void equal_scores_are_ordered_by_room_then_name_then_id_whatever_the_input_order() {
        ExpertCandidate beta = expert(3, "Beta SARL", Set.of("69"), Set.of(CYBER));
        ExpertCandidate alphaLater = expert(9, "Alpha SARL", Set.of("69"), Set.of(CYBER));
        ExpertCandidate alpha = expert(5, "Alpha SARL", Set.of("69"), Set.of(CYBER));
        ExpertCandidate roomy = new ExpertCandidate(
                7,
                "Zêta SARL",
                Set.of("69"),
                false,
                Set.of(CYBER),
                Map.of(),
                10,
                0,
                TODAY.minusYears(1),
                TODAY.plusYears(1),
                false);

        List<Long> once = ids(scoring.rank(baker, List.of(beta, alphaLater, alpha, roomy), List.of(), TODAY));
        List<Long> again = ids(scoring.rank(baker, List.of(roomy, alpha, beta, alphaLater), List.of(), TODAY));

        assertThat(once).containsExactly(7L, 5L, 9L, 3L).isEqualTo(again);
    }

    @Test
    void packs_follow_their_experts_and_score_what_they_cover_the_size_and_the_financing() {
        ExpertCandidate expert = expert(1, "Exemple Numérique SARL", Set.of("69"), Set.of(CYBER));
        PackCandidate security =
                new PackCandidate(10, 1, "Pack sécurité", Set.of(CYBER), 1, 9, Set.of(FinancingPath.CREDIT_CLASSIQUE));
        PackCandidate bigCompanies = new PackCandidate(
                11, 1, "Pack équipe", Set.of(CYBER, INVOICING), 10, 19, Set.of(FinancingPath.LOCATION_EVOLUTIVE));
        PackCandidate orphan = new PackCandidate(12, 99, "Pack d'un expert absent", Set.of(CYBER), 1, 19, Set.of());

        MatchResult result = scoring.rank(baker, List.of(expert), List.of(security, bigCompanies, orphan), TODAY);

        assertThat(result.packs()).extracting(match -> match.pack().id()).containsExactly(10L, 11L);
        PackMatch best = result.packs().getFirst();
        int expertScore = result.experts().getFirst().score();
        assertThat(best.score()).isEqualTo(expertScore + 10 + 10 + 5);
        assertThat(best.reasons())
                .containsExactly(
                        MatchReason.of("pack-covers", List.of(CYBER)),
                        MatchReason.of("pack-size", 1, 9),
                        MatchReason.of("pack-financing", FinancingPath.CREDIT_CLASSIQUE));
        assertThat(result.packs().get(1).score()).isEqualTo(expertScore + 2 * 10);
        assertThat(result.financing()).isEqualTo(FinancingPath.CREDIT_CLASSIQUE);
    }

    @Test
    void at_most_five_priorities_count() {
        MatchNeeds many = new MatchNeeds(
                "69", Sector.C, 4, FinancingPath.LOCATION_EVOLUTIVE, List.of(1, 2, 3, 4, 5, 6, 7), List.of());

        assertThat(many.priorities()).containsExactly(1, 2, 3, 4, 5);
    }

    private static List<Long> ids(MatchResult result) {
        return result.experts().stream().map(match -> match.expert().id()).toList();
    }
}
