package fr.passeportnumerique.account;

import java.util.Optional;
import java.util.Set;

/** A person as their own space shows them. */
public record AccountSummary(
        long id,
        String email,
        String fullName,
        Set<String> roles,
        Optional<CompanyDetails> company,
        Optional<WelcomePointDetails> welcomePoint) {}
