package fr.passeportnumerique.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void a_long_phrase_of_unrelated_words_is_accepted() {
        assertThat(policy.problem("Baguette-Velo-Lumiere-42")).isEmpty();
    }

    @Test
    void fewer_than_twelve_characters_is_too_short() {
        assertThat(policy.problem("Xq7!vB2#kL")).contains("password.too-short");
    }

    @Test
    void more_than_128_characters_is_too_long() {
        assertThat(policy.problem("a".repeat(129))).contains("password.too-long");
    }

    @Test
    void a_commonly_used_password_is_refused_even_when_long_enough() {
        assertThat(policy.problem("1qaz2wsx3edc")).contains("password.common");
    }

    @Test
    void an_easily_guessed_password_is_refused() {
        assertThat(policy.problem("aaaaaaaaaaaaaaaa")).isPresent();
        assertThat(policy.problem("123456789012")).isPresent();
    }
}
