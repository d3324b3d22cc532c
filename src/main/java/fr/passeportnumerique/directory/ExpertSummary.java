package fr.passeportnumerique.directory;

import java.util.Optional;

/**
 * An expert as a request to them needs them: their company, how to reach them, the account that runs them (if any),
 * and whether they left the programme.
 */
public record ExpertSummary(
        long id, String companyName, Contact contact, Optional<Long> accountId, boolean withdrawn) {}
