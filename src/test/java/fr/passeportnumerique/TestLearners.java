package fr.passeportnumerique;

import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.account.CompanyDetails;
import fr.passeportnumerique.account.Registration;
import fr.passeportnumerique.account.Sector;
import java.time.LocalDate;
import java.util.UUID;

/** New learners for tests, each with a unique address, a valid company and a known password. */
public final class TestLearners {

    public static final String PASSWORD = "Tulipe-Rose-Pivoine-2026";

    private TestLearners() {}

    /** Registers a learner whose address starts with {@code name}; returns the address. */
    public static String register(AccountService accounts, String name) {
        String email = name + "-" + UUID.randomUUID() + "@entreprise-exemple.fr";
        accounts.register(new Registration(
                name + " Exemple",
                email,
                PASSWORD,
                new CompanyDetails(
                        "Entreprise Exemple", "12345678901237", Sector.G, 2, LocalDate.of(2022, 3, 1), "49100", "49"),
                null));
        return email;
    }
}
