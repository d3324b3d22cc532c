package fr.passeportnumerique.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SiretTest {

    @Test
    void a_siret_with_a_valid_luhn_key_is_accepted_with_or_without_spaces() {
        assertThat(Siret.isValid("12345678901237")).isTrue();
        assertThat(Siret.isValid("123 456 789 01237")).isTrue();
        assertThat(Siret.normalise("123 456 789 01237")).isEqualTo("12345678901237");
    }

    @Test
    void a_single_wrong_digit_breaks_the_key() {
        assertThat(Siret.isValid("12345678901238")).isFalse();
        assertThat(Siret.isValid("12345678901273")).isFalse();
    }

    @Test
    void anything_but_fourteen_digits_is_refused() {
        assertThat(Siret.isValid("1234567890123")).isFalse();
        assertThat(Siret.isValid("123456789012370")).isFalse();
        assertThat(Siret.isValid("1234567890123A")).isFalse();
        assertThat(Siret.isValid("")).isFalse();
        assertThat(Siret.isValid(null)).isFalse();
    }

    @Test
    void la_postes_establishments_follow_the_sum_of_digits_rule() {
        // SIREN 356000000: the sum of the fourteen digits must be a multiple of 5 (here 3+5+6+1+0 = 15).
        assertThat(Siret.isValid("35600000000010")).isTrue();
        assertThat(Siret.isValid("35600000000011")).isFalse();
    }
}
