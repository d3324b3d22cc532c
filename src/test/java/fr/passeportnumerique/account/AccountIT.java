package fr.passeportnumerique.account;

import static fr.passeportnumerique.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passeportnumerique.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class AccountIT {

    @Autowired
    AccountService accounts;

    @Autowired
    PersonalDataService personalData;

    @Autowired
    WelcomePointService welcomePoints;

    @Autowired
    JdbcTemplate jdbc;

    private static String uniqueEmail() {
        return "sophie-" + UUID.randomUUID() + "@fleurs-exemple.fr";
    }

    private static Registration registration(String email) {
        return new Registration(
                "Sophie Martin", email, "Baguette-Velo-Lumiere-42", RegistrationRulesTest.company(), null);
    }

    @Test
    void a_registration_stores_the_learner_and_their_company_with_an_argon2_hash() {
        String email = uniqueEmail();

        long id = accounts.register(registration(email.toUpperCase()));

        Map<String, Object> row = jdbc.queryForMap(
                "select a.email, a.password_hash, c.siret, c.employees from user_account a"
                        + " join company c on c.id = a.company_id where a.id = ?",
                id);
        assertThat(row.get("email")).isEqualTo(email);
        assertThat((String) row.get("password_hash"))
                .startsWith("{argon2}$argon2id$")
                .doesNotContain("Baguette");
        assertThat(row.get("siret")).isEqualTo("12345678901237");
        assertThat(jdbc.queryForList("select role from user_account_role where account_id = ?", String.class, id))
                .containsExactly(AppRoles.LEARNER);
    }

    @Test
    void a_second_account_with_the_same_address_is_refused() {
        String email = uniqueEmail();
        accounts.register(registration(email));

        assertThatThrownBy(() -> accounts.register(registration(email)))
                .isInstanceOfSatisfying(
                        RegistrationException.class,
                        refused -> assertThat(refused.problems())
                                .containsEntry(RegistrationRules.EMAIL, "registration.error.email-taken"));
    }

    @Test
    void a_refused_registration_stores_nothing() {
        String email = uniqueEmail();
        CompanyDetails wrongSiret = new CompanyDetails(
                "Fleurs Exemple", "12345678901238", Sector.G, 2, LocalDate.of(2024, 5, 2), "49100", "49");

        assertThatThrownBy(() -> accounts.register(
                        new Registration("Sophie", email, "Baguette-Velo-Lumiere-42", wrongSiret, null)))
                .isInstanceOf(RegistrationException.class);
        assertThat(jdbc.queryForObject("select count(*) from user_account where email = ?", Long.class, email))
                .isZero();
    }

    @Test
    void my_data_holds_my_profile_and_company_and_the_export_is_audited() {
        String email = uniqueEmail();
        long id = accounts.register(registration(email));
        as(email, AppRoles.LEARNER, () -> {
            String json = new String(personalData.exportMyData(), StandardCharsets.UTF_8);

            assertThat(json)
                    .contains(email)
                    .contains("\"siret\" : \"12345678901237\"")
                    .contains("Fleurs Exemple");
            assertThat(jdbc.queryForObject(
                            "select count(*) from audit_event where action = 'DATA_EXPORTED' and subject_account_id = ?",
                            Long.class,
                            id))
                    .isEqualTo(1);
        });
    }

    @Test
    void deleting_my_account_erases_me_and_my_company_and_is_audited() {
        String email = uniqueEmail();
        long id = accounts.register(registration(email));
        Long companyId = jdbc.queryForObject("select company_id from user_account where id = ?", Long.class, id);
        as(email, AppRoles.LEARNER, () -> {
            personalData.deleteMyAccount();
        });

        assertThat(jdbc.queryForObject("select count(*) from user_account where id = ?", Long.class, id))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from company where id = ?", Long.class, companyId))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'ACCOUNT_DELETED' and subject_account_id = ?",
                        Long.class,
                        id))
                .isEqualTo(1);
    }

    @Test
    void welcome_points_are_found_by_postcode_town_or_departement() {
        assertThat(welcomePoints.search("69001"))
                .isNotEmpty()
                .allSatisfy(point -> assertThat(point.departement()).isEqualTo("69"));
        assertThat(welcomePoints.search("69001").getFirst().postcode()).isEqualTo("69001");
        assertThat(welcomePoints.search("lyo"))
                .isNotEmpty()
                .allSatisfy(point -> assertThat(point.town()).isEqualTo("Lyon"));
        assertThat(welcomePoints.search("Finistère")).isEmpty();
        assertThat(welcomePoints.search("35"))
                .isNotEmpty()
                .allSatisfy(point -> assertThat(point.town()).isEqualTo("Rennes"));
        assertThat(welcomePoints.search("\"; drop table welcome_point; --")).isEmpty();
    }

    @Test
    void a_learner_joins_a_welcome_point() {
        String email = uniqueEmail();
        long id = accounts.register(registration(email));
        long pointId = welcomePoints.search("35").getFirst().id();
        as(email, AppRoles.LEARNER, () -> {
            welcomePoints.join(pointId);
        });

        assertThat(jdbc.queryForObject("select welcome_point_id from user_account where id = ?", Long.class, id))
                .isEqualTo(pointId);
    }

    @Test
    void an_administrator_adds_a_welcome_point_placed_by_its_postcode_and_a_wrong_one_is_refused() {
        as("admin@example.org", AppRoles.ADMIN, () -> {
            long id = welcomePoints.save(new WelcomePointDetails(
                    null,
                    WelcomePointType.POST_OFFICE,
                    "Bureau de poste exemple, Quimper",
                    "2 rue de l'Essai",
                    "29000",
                    "Quimper",
                    null,
                    null,
                    "Du lundi au vendredi, 9 h - 17 h",
                    "01 99 00 98 76",
                    "quimper@example.org"));

            assertThat(welcomePoints.search("29000")).anySatisfy(point -> {
                assertThat(point.id()).isEqualTo(id);
                assertThat(point.departement()).isEqualTo("29");
                assertThat(point.region()).isEqualTo("53");
            });
            assertThatThrownBy(() -> welcomePoints.save(
                            new WelcomePointDetails(null, null, "", "x", "123", "", null, null, "", "abc", "nope")))
                    .isInstanceOfSatisfying(
                            RegistrationException.class,
                            refused -> assertThat(refused.problems())
                                    .containsKeys(
                                            WelcomePointRules.TYPE,
                                            WelcomePointRules.NAME,
                                            WelcomePointRules.POSTCODE,
                                            WelcomePointRules.PHONE,
                                            WelcomePointRules.EMAIL));
        });
    }
}
