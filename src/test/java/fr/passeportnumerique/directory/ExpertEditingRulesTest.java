package fr.passeportnumerique.directory;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeportnumerique.base.validation.Violations;
import fr.passeportnumerique.financing.FinancingPath;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExpertEditingRulesTest {

    private static ExpertProfileUpdate update(String email, String postcode, Set<String> departements, int capacity) {
        return new ExpertProfileUpdate(
                new Contact(
                        "Camille Exemple", email, "01 99 00 12 34", "12 rue de l'Exemple", postcode, "Exempleville"),
                false,
                departements,
                Set.of(6, 12),
                capacity,
                Set.of("fr"),
                "**Exemple Numérique** accompagne les TPE.");
    }

    private static PackDetails pack(List<PackItem> items, int min, int max, Optional<BigDecimal> oneOff) {
        return new PackDetails(
                "Pack Exemple",
                "Une offre d'exemple.",
                items,
                min,
                max,
                oneOff,
                Optional.empty(),
                PackDetails.STANDARD_VAT_PERCENT,
                Set.of(5),
                Set.of(FinancingPath.CREDIT_CLASSIQUE));
    }

    @Test
    void a_complete_profile_update_has_no_problem() {
        assertThat(update("contact@exemple.fr", "69001", Set.of("69", "2A"), 4).problems())
                .isEmpty();
    }

    @Test
    void each_wrong_profile_field_is_named() {
        assertThat(update("pas-une-adresse", "6900", Set.of("99"), 101).problems())
                .containsExactly(
                        "expert-profile.problem.email",
                        "expert-profile.problem.postcode",
                        "expert-profile.problem.departements",
                        "expert-profile.problem.capacity");
    }

    @Test
    void a_contact_is_checked_once_for_the_profile_and_the_accreditation_and_reported_in_the_forms_order() {
        Contact wrong = new Contact(" ", "camille@", "12", "", "29200", "");
        List<String> expected = List.of(
                "expert-profile.problem.contact",
                "expert-profile.problem.email",
                "expert-profile.problem.phone",
                "expert-profile.problem.address");

        assertThat(Violations.of(wrong)).containsExactlyElementsOf(expected);
        assertThat(new NewExpert("Exemple SARL", "12345678901237", "PN-X-3", wrong).problems())
                .containsExactlyElementsOf(expected);
        assertThat(new NewExpert("", "123", "?", wrong).problems())
                .startsWith("expert-admin.problem.name", "expert-admin.problem.siret", "expert-admin.problem.number");
    }

    @Test
    void a_pack_needs_contents_a_sensible_size_and_a_price_to_the_cent() {
        List<PackItem> items = List.of(new PackItem(PackItem.Kind.HARDWARE, "Serveur de stockage réseau"));

        assertThat(pack(items, 0, 9, Optional.of(new BigDecimal("890.00"))).problems())
                .isEmpty();
        assertThat(pack(List.of(), 5, 3, Optional.empty()).problems())
                .containsExactly("pack-editor.problem.items", "pack-editor.problem.size", "pack-editor.problem.price");
        assertThat(pack(items, 0, 20, Optional.of(new BigDecimal("10.005"))).problems())
                .containsExactly("pack-editor.problem.size", "pack-editor.problem.price");
    }

    @Test
    void each_pack_rule_is_named_once_in_the_order_of_the_editor() {
        PackDetails wrong = new PackDetails(
                " ",
                "",
                List.of(new PackItem(PackItem.Kind.SERVICE, "")),
                -1,
                5,
                Optional.of(new BigDecimal("-3")),
                Optional.of(new BigDecimal("2000000")),
                PackDetails.STANDARD_VAT_PERCENT,
                Set.of(0, 21),
                Set.of());

        assertThat(wrong.problems())
                .containsExactly(
                        "pack-editor.problem.title",
                        "pack-editor.problem.description",
                        "pack-editor.problem.items",
                        "pack-editor.problem.size",
                        "pack-editor.problem.price",
                        "pack-editor.problem.modules",
                        "pack-editor.problem.financing");
    }

    @Test
    void prices_including_vat_add_twenty_percent_rounded_to_the_cent() {
        PackDetails details = pack(List.of(), 0, 9, Optional.of(new BigDecimal("1290.00")));

        assertThat(details.oneOffPriceInclVat()).contains(new BigDecimal("1548.00"));
    }
}
