package fr.passeportnumerique.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeportnumerique.account.Siret;
import fr.passeportnumerique.base.territory.Departement;
import fr.passeportnumerique.base.territory.Territories;
import fr.passeportnumerique.directory.ExpertProfile;
import fr.passeportnumerique.directory.PackDetails;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GeneratedDirectoryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private final List<ExpertProfile> experts = new ExpertGenerator(2026, TODAY).experts();

    @Test
    void at_least_300_experts_cover_all_101_departements() {
        assertThat(experts).hasSizeGreaterThanOrEqualTo(300);
        Set<String> covered = experts.stream()
                .flatMap(expert -> expert.departements().stream())
                .collect(Collectors.toSet());
        assertThat(covered)
                .hasSize(101)
                .containsAll(Territories.departements().stream()
                        .map(Departement::code)
                        .toList());
    }

    @Test
    void every_expert_is_plainly_fictional_and_well_formed() {
        for (ExpertProfile expert : experts) {
            assertThat(expert.companyName()).containsAnyOf("Exemple", "Démo", "Fictif", "Modèle", "Échantillon");
            assertThat(expert.siret()).startsWith("999");
            assertThat(Siret.isValid(expert.siret())).as(expert.siret()).isTrue();
            assertThat(expert.contact().email()).endsWith("@example.org");
            assertThat(expert.contact().phone()).startsWith("01 99 00 ");
            assertThat(expert.skills()).isNotEmpty().allMatch(module -> module >= 1 && module <= 20);
            assertThat(expert.capacityPerMonth()).isBetween(2, 10);
            assertThat(expert.accreditedUntil()).isAfter(expert.accreditedFrom());
        }
        assertThat(experts).extracting(ExpertProfile::accreditationNumber).doesNotHaveDuplicates();
        assertThat(experts).extracting(ExpertProfile::companyName).doesNotHaveDuplicates();
    }

    @Test
    void some_accreditations_have_lapsed_and_some_experts_work_remotely() {
        long lapsed = experts.stream()
                .filter(expert -> expert.accreditedUntil().isBefore(TODAY))
                .count();
        long remote = experts.stream().filter(ExpertProfile::remote).count();

        assertThat(lapsed).isBetween(1L, (long) experts.size() / 10);
        assertThat(remote).isGreaterThanOrEqualTo(ExpertGenerator.REMOTE_ONLY);
    }

    @Test
    void the_same_seed_gives_the_same_directory() {
        assertThat(new ExpertGenerator(2026, TODAY).experts()).isEqualTo(experts);
    }

    @Test
    void at_least_20_packs_with_prices_contents_and_needs() {
        List<PackDetails> packs = PackGenerator.packs();

        assertThat(packs.size() * PackGenerator.COPIES).isGreaterThanOrEqualTo(20);
        for (PackDetails pack : packs) {
            assertThat(pack.items()).isNotEmpty();
            assertThat(pack.modules()).isNotEmpty();
            assertThat(pack.financing()).isNotEmpty();
            assertThat(pack.oneOffPriceExclVat().or(pack::monthlyPriceExclVat)).isPresent();
            assertThat(pack.maxEmployees())
                    .isGreaterThanOrEqualTo(pack.minEmployees())
                    .isLessThanOrEqualTo(19);
        }
    }
}
