package fr.passeportnumerique.directory;

import static fr.passeportnumerique.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passeportnumerique.IntegrationTest;
import fr.passeportnumerique.TestLearners;
import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.account.AppRoles;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Administrators accredit, suspend, renew and link experts; every change is audited, a wrong entry writes nothing. */
@IntegrationTest
class ExpertAdministrationIT {

    private static final String ADMIN = "admin@example.org";

    @Autowired
    ExpertAdministration administration;

    @Autowired
    ExpertDirectory directory;

    @Autowired
    ExpertListing listing;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    private static NewExpert newExpert(String siret, String number) {
        return new NewExpert(
                "Nouvel Exemple Numérique SARL",
                siret,
                number,
                new Contact(
                        "Camille Exemple",
                        "camille@example.org",
                        "01 99 00 77 77",
                        "3 rue de l'Exemple",
                        "29200",
                        "Exempleville"));
    }

    private int expertCount() {
        return jdbc.queryForObject("select count(*) from expert", Integer.class);
    }

    private int auditCount(String action) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ?", Integer.class, action);
    }

    @Test
    void a_new_expert_is_accredited_for_three_years_in_the_departement_of_their_address() {
        String number = "PN-T-" + UUID.randomUUID().toString().substring(0, 8);
        int audited = auditCount(ExpertAdministration.EXPERT_ACCREDITED);

        long id = as(ADMIN, AppRoles.ADMIN, () -> administration.accredit(newExpert("12345678901237", number)));

        ExpertPage page = as(ADMIN, AppRoles.ADMIN, () -> directory.expert(id)).orElseThrow();
        assertThat(page.accreditation()).isEqualTo(Accreditation.VALID);
        assertThat(page.profile().departements()).containsExactly("29");
        assertThat(page.profile().accreditationNumber()).isEqualTo(number.toUpperCase());
        assertThat(page.profile().accreditedUntil())
                .isEqualTo(page.profile().accreditedFrom().plusYears(3).minusDays(1));
        assertThat(auditCount(ExpertAdministration.EXPERT_ACCREDITED)).isEqualTo(audited + 1);
        assertThatThrownBy(() ->
                        as(ADMIN, AppRoles.ADMIN, () -> administration.accredit(newExpert("12345678901237", number))))
                .hasMessage("expert-admin.problem.number-taken");
    }

    @Test
    void a_wrong_siret_or_postcode_is_refused_and_nothing_is_written() {
        int before = expertCount();

        assertThatThrownBy(() ->
                        as(ADMIN, AppRoles.ADMIN, () -> administration.accredit(newExpert("12345678901234", "PN-X-1"))))
                .hasMessage("expert-admin.problem.siret");
        NewExpert noPostcode = new NewExpert(
                "Exemple SARL",
                "12345678901237",
                "PN-X-2",
                new Contact("Camille", "c@example.org", "01 99 00 77 77", "3 rue", "ABCDE", "Exempleville"));
        assertThat(noPostcode.problems()).containsExactly("expert-profile.problem.postcode");
        assertThat(expertCount()).isEqualTo(before);
    }

    @Test
    void suspension_and_renewal_are_audited_and_linking_needs_an_expert_account() {
        long id = jdbc.queryForObject(
                "select min(id) from expert where account_id is null and suspended = false", Long.class);
        int suspensions = auditCount(ExpertAdministration.EXPERT_SUSPENDED);

        as(ADMIN, AppRoles.ADMIN, () -> administration.suspend(id));
        assertThat(as(ADMIN, AppRoles.ADMIN, () -> directory.expert(id))
                        .orElseThrow()
                        .accreditation())
                .isEqualTo(Accreditation.SUSPENDED);
        assertThat(auditCount(ExpertAdministration.EXPERT_SUSPENDED)).isEqualTo(suspensions + 1);
        as(ADMIN, AppRoles.ADMIN, () -> administration.renew(id));
        assertThat(as(ADMIN, AppRoles.ADMIN, () -> directory.expert(id))
                        .orElseThrow()
                        .accreditation())
                .isEqualTo(Accreditation.VALID);

        String learner = TestLearners.register(accounts, "pas-expert");
        assertThatThrownBy(() -> as(ADMIN, AppRoles.ADMIN, () -> administration.link(id, learner)))
                .hasMessage("expert-admin.error.account");
        long account = TestLearners.accountId(jdbc, learner);
        jdbc.update("insert into user_account_role (account_id, role) values (?, ?)", account, AppRoles.EXPERT);
        as(ADMIN, AppRoles.ADMIN, () -> administration.link(id, learner));
        assertThat(as(learner, AppRoles.EXPERT, () -> listing.myExpert()))
                .map(ExpertPage::id)
                .isEqualTo(Optional.of(id));
    }
}
