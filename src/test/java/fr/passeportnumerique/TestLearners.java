package fr.passeportnumerique;

import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.account.CompanyDetails;
import fr.passeportnumerique.account.Registration;
import fr.passeportnumerique.account.Sector;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** New learners for tests, each with a unique address, a valid company and a known password. */
public final class TestLearners {

    public static final String PASSWORD = "Tulipe-Rose-Pivoine-2026";

    private TestLearners() {}

    /** Registers a learner whose address starts with {@code name}; returns the address. */
    public static String register(AccountService accounts, String name) {
        return register(accounts, name, null);
    }

    /** Registers a learner of the welcome point (none when null); returns the address. */
    public static String register(AccountService accounts, String name, Long welcomePoint) {
        String email = name + "-" + UUID.randomUUID() + "@entreprise-exemple.fr";
        accounts.register(new Registration(
                name + " Exemple",
                email,
                PASSWORD,
                new CompanyDetails(
                        "Entreprise Exemple", "12345678901237", Sector.G, 2, LocalDate.of(2022, 3, 1), "49100", "49"),
                welcomePoint));
        return email;
    }

    /** The id of the account registered with {@code email}, as the tables that refer to it hold it. */
    public static long accountId(JdbcTemplate jdbc, String email) {
        return jdbc.queryForObject("select id from user_account where email = ?", Long.class, email);
    }
}
