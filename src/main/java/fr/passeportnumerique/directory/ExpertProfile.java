package fr.passeportnumerique.directory;

import fr.passeportnumerique.account.Sector;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/** What an expert's profile says: who they are, their accreditation, where and in what they work. */
public record ExpertProfile(
        String companyName,
        String siret,
        String accreditationNumber,
        LocalDate accreditedFrom,
        LocalDate accreditedUntil,
        Contact contact,
        boolean remote,
        Set<String> departements,
        Set<Integer> skills,
        Map<Sector, Integer> clientsBySector,
        int capacityPerMonth,
        Set<String> languages,
        String presentation) {

    public static final int NAME_MAX_LENGTH = Contact.NAME_MAX_LENGTH;
    public static final int PRESENTATION_MAX_LENGTH = 4_000;
    public static final int CAPACITY_MAX = 100;

    public ExpertProfile {
        departements = Set.copyOf(departements);
        skills = Set.copyOf(skills);
        clientsBySector = Map.copyOf(clientsBySector);
        languages = Set.copyOf(languages);
    }
}
