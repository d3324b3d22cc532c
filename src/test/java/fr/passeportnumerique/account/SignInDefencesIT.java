package fr.passeportnumerique.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passeportnumerique.IntegrationTest;
import fr.passeportnumerique.SiteClient;
import fr.passeportnumerique.TestLearners;
import fr.passeportnumerique.base.ratelimit.TooManyRequestsException;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The sign-in defences as an attacker meets them over HTTP (findings 1, 4, 8 and 14 of the security test). */
@IntegrationTest
class SignInDefencesIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    PasswordResetService resets;

    @Autowired
    JdbcTemplate jdbc;

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private String registered(String name) {
        String email = name + "-" + UUID.randomUUID() + "@example.net";
        accounts.register(new Registration(
                "Thierry Exemple", email, TestLearners.PASSWORD, RegistrationRulesTest.company(), null));
        return email;
    }

    private boolean signedIn(SiteClient site) {
        return site.status("/mon-espace") == 200;
    }

    @AfterEach
    void leaveTheRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void another_spelling_of_a_blocked_address_neither_signs_in_nor_starts_a_fresh_count() {
        String email = registered("thr2");
        SiteClient attacker = new SiteClient(port);
        for (int i = 0; i < 10; i++) {
            attacker.signIn(email, "mauvais-mot-de-passe-" + i);
        }
        String accented = email.replace("@example.net", "@exámple.net");

        for (String spelling : new String[] {accented, email.toUpperCase(Locale.ROOT), " " + email + " "}) {
            SiteClient elsewhere = new SiteClient(port);
            HttpResponse<String> answer = elsewhere.signIn(spelling, TestLearners.PASSWORD);
            assertThat(location(answer)).as(spelling).containsAnyOf("bloque", "error");
            assertThat(signedIn(elsewhere)).as(spelling).isFalse();
        }
    }

    @Test
    void signing_in_to_ones_own_account_between_guesses_does_not_clear_the_client_address() {
        String own = registered("mallory");
        SiteClient attacker = new SiteClient(port);
        int blocked = 0;
        for (int guess = 0; guess < 30; guess++) {
            String victim = "victime-" + guess + "-" + UUID.randomUUID() + "@example.net";
            if (location(attacker.signIn(victim, "devine-" + guess)).contains("bloque")) {
                blocked++;
            }
            attacker.forgetCookies();
            attacker.signIn(own, TestLearners.PASSWORD);
            attacker.forgetCookies();
        }

        assertThat(blocked).as("guesses refused from the attacker's address").isGreaterThanOrEqualTo(5);
    }

    @Test
    void a_sign_in_form_posted_from_another_site_is_refused() {
        String email = registered("csrf");
        SiteClient victim = new SiteClient(port);

        HttpResponse<String> foreign = victim.postSignInForm(email, TestLearners.PASSWORD, "https://attaquant.example");
        HttpResponse<String> anonymous = victim.postSignInForm(email, TestLearners.PASSWORD, null);

        assertThat(foreign.statusCode()).as(location(foreign)).isEqualTo(403);
        assertThat(foreign.body()).contains("Formulaire refusé").doesNotContain("Exception");
        assertThat(anonymous.statusCode()).isEqualTo(403);
        assertThat(signedIn(victim)).isFalse();
        assertThat(location(victim.signIn(email, TestLearners.PASSWORD))).doesNotContain("error");
        assertThat(signedIn(victim)).isTrue();
    }

    @Test
    void an_account_gets_three_reset_links_an_hour_each_cancelling_the_earlier_ones() {
        String email = registered("reset");
        for (int i = 0; i < 6; i++) {
            resets.requestReset(email, Locale.FRENCH);
        }

        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where recipient = ?", Integer.class, email))
                .isEqualTo(PasswordResetService.RESETS_PER_ACCOUNT_PER_HOUR);
        assertThat(jdbc.queryForObject(
                        "select count(*) from account_token t join user_account a on a.id = t.account_id"
                                + " where a.email = ? and t.used_at is null",
                        Integer.class,
                        email))
                .isEqualTo(1);
    }

    @Test
    void one_client_may_ask_ten_reset_links_an_hour_then_is_told_to_wait() {
        comingFrom(SiteClient.randomDocumentationAddress());
        for (int i = 0; i < PasswordResetService.RESETS_PER_CLIENT_PER_HOUR; i++) {
            resets.requestReset("personne-" + i + "@example.net", Locale.FRENCH);
        }

        assertThatThrownBy(() -> resets.requestReset("encore@example.net", Locale.FRENCH))
                .isInstanceOf(TooManyRequestsException.class);
    }

    @Test
    void registration_answers_alike_for_every_spelling_and_stops_telling_a_prober() {
        String email = registered("sonde");
        comingFrom(SiteClient.randomDocumentationAddress());

        for (String spelling : new String[] {email.toUpperCase(Locale.ROOT), " " + email}) {
            assertThat(problemOfRegistering(spelling)).as(spelling).isEqualTo("registration.error.email-taken");
        }
        for (int i = 2; i < AccountService.TAKEN_ADDRESSES_PER_HOUR; i++) {
            problemOfRegistering(email);
        }

        assertThat(problemOfRegistering(email)).isEqualTo("registration.error.too-many-probes");
        assertThat(problemOfRegistering("libre-" + UUID.randomUUID() + "@example.net"))
                .isEqualTo("registration.error.too-many-probes");
    }

    private String problemOfRegistering(String email) {
        try {
            accounts.register(new Registration(
                    "Sonde Exemple", email, TestLearners.PASSWORD, RegistrationRulesTest.company(), null));
            return "registered";
        } catch (RegistrationException refused) {
            return refused.problems().get(RegistrationRules.EMAIL);
        }
    }

    private static void comingFrom(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }
}
