package fr.passeportnumerique.directory;

import java.time.LocalDate;
import java.util.Optional;

/** An expert as administrators list them: accreditation, its state today, and the account that runs the profile. */
public record ExpertAdminRow(
        long id,
        String companyName,
        String accreditationNumber,
        String place,
        LocalDate accreditedUntil,
        Accreditation accreditation,
        Optional<Long> accountId) {}
