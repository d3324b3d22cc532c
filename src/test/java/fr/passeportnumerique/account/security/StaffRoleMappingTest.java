package fr.passeportnumerique.account.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StaffRoleMappingTest {

    private final StaffRoleMapping mapping = new StaffRoleMapping(
            "groups", Map.of("cci-conseillers", "WELCOME_STAFF", "cci-admins", "ADMIN"), "welcome_point");

    @Test
    void each_mapped_value_of_the_claim_gives_its_role_and_the_others_nothing() {
        assertThat(mapping.rolesOf(Map.of("groups", List.of("cci-conseillers", "cci-admins", "cafeteria"))))
                .containsExactly("ADMIN", "WELCOME_STAFF");
    }

    @Test
    void a_single_value_claim_maps_too() {
        assertThat(mapping.rolesOf(Map.of("groups", "cci-conseillers"))).containsExactly("WELCOME_STAFF");
    }

    @Test
    void an_absent_or_unknown_claim_gives_no_role() {
        assertThat(mapping.rolesOf(Map.of())).isEmpty();
        assertThat(mapping.rolesOf(Map.of("groups", List.of("cafeteria")))).isEmpty();
    }

    @Test
    void the_learner_role_or_a_typo_cannot_be_mapped() {
        assertThatThrownBy(() -> new StaffRoleMapping("groups", Map.of("x", "LEARNER"), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StaffRoleMapping("groups", Map.of("x", "ADMINN"), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_welcome_point_comes_from_its_claim_when_it_is_a_number() {
        assertThat(mapping.welcomePointOf(Map.of("welcome_point", "12"))).isEqualTo(12L);
        assertThat(mapping.welcomePointOf(Map.of("welcome_point", "CCI Angers")))
                .isNull();
        assertThat(new StaffRoleMapping("groups", Map.of(), null).welcomePointOf(Map.of("welcome_point", "12")))
                .isNull();
    }
}
