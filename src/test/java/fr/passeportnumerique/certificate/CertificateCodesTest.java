package fr.passeportnumerique.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CertificateCodesTest {

    @Test
    void a_code_is_24_characters_of_crockford_base_32() {
        String code = CertificateCodes.generate();

        assertThat(code).hasSize(24).matches("[0-9A-HJKMNP-TV-Z]{24}");
    }

    @Test
    void codes_do_not_repeat() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            codes.add(CertificateCodes.generate());
        }

        assertThat(codes).hasSize(20_000);
    }

    @Test
    void a_code_is_shown_in_groups_of_four() {
        assertThat(CertificateCodes.display("ABCD1234EFGH5678JKMN9PQR")).isEqualTo("ABCD-1234-EFGH-5678-JKMN-9PQR");
    }

    @Test
    void a_typed_code_is_read_in_any_case_with_spaces_dashes_and_look_alike_letters() {
        String code = "ABCD1234EFGH5678JKMN9PQR";

        assertThat(CertificateCodes.normalize("abcd-1234-efgh-5678-jkmn-9pqr")).hasValue(code);
        assertThat(CertificateCodes.normalize(" ABCD 1234 EFGH 5678 JKMN 9PQR "))
                .hasValue(code);
        assertThat(CertificateCodes.normalize("ABCD-1234-EFGH-5678-JKMN-9PQR".replace('1', 'I')))
                .hasValue(code);
        assertThat(CertificateCodes.normalize("0000-0000-0000-0000-0000-000O")).hasValue("0".repeat(24));
    }

    @Test
    void anything_else_is_not_a_code() {
        assertThat(CertificateCodes.normalize(null)).isEmpty();
        assertThat(CertificateCodes.normalize("")).isEmpty();
        assertThat(CertificateCodes.normalize("ABCD-1234")).isEmpty();
        assertThat(CertificateCodes.normalize("ABCD1234EFGH5678JKMN9PQRS")).isEmpty();
        assertThat(CertificateCodes.normalize("ABCD1234EFGH5678JKMN9PQ!")).isEmpty();
        assertThat(CertificateCodes.normalize("<script>alert(1)</script>")).isEmpty();
        assertThat(CertificateCodes.normalize("A".repeat(10_000))).isEmpty();
    }
}
