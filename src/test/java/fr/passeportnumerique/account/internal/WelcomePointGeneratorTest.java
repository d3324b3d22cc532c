package fr.passeportnumerique.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeportnumerique.account.WelcomePointDetails;
import fr.passeportnumerique.account.WelcomePointType;
import fr.passeportnumerique.base.territory.Region;
import fr.passeportnumerique.base.territory.Territories;
import java.util.List;
import org.junit.jupiter.api.Test;

class WelcomePointGeneratorTest {

    private final List<WelcomePointDetails> points = WelcomePointGenerator.generate();

    @Test
    void every_type_of_point_is_in_every_region() {
        for (Region region : Territories.regions()) {
            for (WelcomePointType type : WelcomePointType.values()) {
                assertThat(points)
                        .as(type + " in " + region.name())
                        .anyMatch(point -> point.region().equals(region.code()) && point.type() == type);
            }
        }
    }

    @Test
    void points_are_clearly_fictional() {
        assertThat(points).allSatisfy(point -> {
            assertThat(point.name()).contains("exemple");
            assertThat(point.phone()).startsWith("01 99 00");
            assertThat(point.email()).endsWith("@example.org");
        });
    }

    @Test
    void each_point_lies_in_the_departement_of_its_postcode() {
        assertThat(points)
                .allSatisfy(point -> assertThat(Territories.departementOfPostcode(point.postcode()))
                        .hasValueSatisfying(d -> assertThat(d.code()).isEqualTo(point.departement())));
    }
}
