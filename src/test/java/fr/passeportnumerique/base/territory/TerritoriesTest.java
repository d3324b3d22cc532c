package fr.passeportnumerique.base.territory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerritoriesTest {

    @Test
    void france_has_101_departements_in_18_regions() {
        assertThat(Territories.departements()).hasSize(101);
        assertThat(Territories.regions()).hasSize(18);
        assertThat(Territories.departements())
                .allSatisfy(departement ->
                        assertThat(Territories.region(departement.regionCode())).isPresent());
        assertThat(Territories.departementsOf("53"))
                .extracting(Departement::code)
                .containsExactlyInAnyOrder("22", "29", "35", "56");
    }

    @Test
    void a_postcode_gives_its_departement_including_corsica_and_overseas() {
        assertThat(Territories.departementOfPostcode("69001"))
                .map(Departement::name)
                .hasValue("Rhône");
        assertThat(Territories.departementOfPostcode("01000"))
                .map(Departement::code)
                .hasValue("01");
        assertThat(Territories.departementOfPostcode("20000"))
                .map(Departement::code)
                .hasValue("2A");
        assertThat(Territories.departementOfPostcode("20200"))
                .map(Departement::code)
                .hasValue("2B");
        assertThat(Territories.departementOfPostcode("97400"))
                .map(Departement::name)
                .hasValue("La Réunion");
        assertThat(Territories.departementOfPostcode("97600"))
                .map(Departement::code)
                .hasValue("976");
    }

    @Test
    void something_that_is_not_a_postcode_gives_nothing() {
        assertThat(Territories.departementOfPostcode("6900")).isEmpty();
        assertThat(Territories.departementOfPostcode("ABCDE")).isEmpty();
        assertThat(Territories.departementOfPostcode("97500")).isEmpty();
        assertThat(Territories.departementOfPostcode(null)).isEmpty();
    }
}
