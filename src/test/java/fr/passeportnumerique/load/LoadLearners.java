package fr.passeportnumerique.load;

import fr.passeportnumerique.TestLearners;
import fr.passeportnumerique.account.AppRoles;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Learner accounts by the thousand, written as registration writes them (an account, its company, its learner role)
 * but with the shared test password hashed once: registering through the service would hash it for each account, a
 * second of Argon2 at a time. The learners sign in as anyone does.
 */
final class LoadLearners {

    private LoadLearners() {}

    /** Creates the accounts and returns their addresses; they all have {@link TestLearners#PASSWORD}. */
    static List<String> create(JdbcTemplate jdbc, PasswordEncoder passwords, String name, int count) {
        String hash = passwords.encode(TestLearners.PASSWORD);
        SimpleJdbcInsert companies = new SimpleJdbcInsert(jdbc)
                .withTableName("company")
                .usingGeneratedKeyColumns("id")
                .usingColumns("name", "siret", "sector", "employees", "created_on", "postcode", "departement");
        SimpleJdbcInsert accounts = new SimpleJdbcInsert(jdbc)
                .withTableName("user_account")
                .usingGeneratedKeyColumns("id")
                .usingColumns("email", "full_name", "password_hash", "enabled", "created_at", "company_id");
        String batch = UUID.randomUUID().toString().substring(0, 8);
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String email = "%s-%s-%d@entreprise-exemple.fr".formatted(name, batch, i);
            Number company = companies.executeAndReturnKey(Map.of(
                    "name", "Entreprise Exemple",
                    "siret", "12345678901237",
                    "sector", "G",
                    "employees", 2,
                    "created_on", Date.valueOf(LocalDate.of(2022, 3, 1)),
                    "postcode", "49100",
                    "departement", "49"));
            Number account = accounts.executeAndReturnKey(Map.of(
                    "email",
                    email,
                    "full_name",
                    name + " " + i + " Exemple",
                    "password_hash",
                    hash,
                    "enabled",
                    true,
                    "created_at",
                    Timestamp.from(Instant.now()),
                    "company_id",
                    company));
            jdbc.update(
                    "insert into user_account_role (account_id, role) values (?, ?)",
                    account.longValue(),
                    AppRoles.LEARNER);
            emails.add(email);
        }
        return emails;
    }
}
