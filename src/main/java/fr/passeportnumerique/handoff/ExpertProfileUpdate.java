package fr.passeportnumerique.handoff;

import fr.passeportnumerique.base.territory.Territories;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What an expert may change on their own profile: contact, address, where and in what they work, capacity, languages
 * and presentation. Company name, SIRET and accreditation are the programme's to change. {@link #problems()} names
 * what is wrong as translation keys.
 */
public record ExpertProfileUpdate(
        String contactName,
        String email,
        String phone,
        String street,
        String postcode,
        String town,
        boolean remote,
        Set<String> departements,
        Set<Integer> skills,
        int capacityPerMonth,
        Set<String> languages,
        String presentation) {

    /** The languages a profile may list, French first as the pages show them. */
    public static final List<String> LANGUAGES = List.of("fr", "en");

    public ExpertProfileUpdate {
        departements = Set.copyOf(departements);
        skills = Set.copyOf(skills);
        languages = Set.copyOf(languages);
    }

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (!ContactRules.isName(contactName)) {
            problems.add("expert-profile.problem.contact");
        }
        if (!ContactRules.isEmail(email)) {
            problems.add("expert-profile.problem.email");
        }
        if (!ContactRules.isPhone(phone)) {
            problems.add("expert-profile.problem.phone");
        }
        if (!ContactRules.isAddress(street, town)) {
            problems.add("expert-profile.problem.address");
        }
        if (postcode == null || !postcode.matches("\\d{5}")) {
            problems.add("expert-profile.problem.postcode");
        }
        if (departements.isEmpty()
                || !departements.stream()
                        .allMatch(code -> Territories.departement(code).isPresent())) {
            problems.add("expert-profile.problem.departements");
        }
        if (skills.isEmpty() || !skills.stream().allMatch(module -> module >= 1 && module <= 20)) {
            problems.add("expert-profile.problem.skills");
        }
        if (capacityPerMonth < 0 || capacityPerMonth > ExpertProfile.CAPACITY_MAX) {
            problems.add("expert-profile.problem.capacity");
        }
        if (languages.isEmpty() || !LANGUAGES.containsAll(languages)) {
            problems.add("expert-profile.problem.languages");
        }
        if (ContactRules.blank(presentation) || presentation.length() > ExpertProfile.PRESENTATION_MAX_LENGTH) {
            problems.add("expert-profile.problem.presentation");
        }
        return problems;
    }

    ExpertProfile appliedTo(ExpertProfile current) {
        return new ExpertProfile(
                current.companyName(),
                current.siret(),
                current.accreditationNumber(),
                current.accreditedFrom(),
                current.accreditedUntil(),
                contactName.strip(),
                email.strip(),
                phone.strip(),
                street.strip(),
                postcode,
                town.strip(),
                remote,
                departements,
                skills,
                current.clientsBySector(),
                capacityPerMonth,
                languages,
                presentation.strip());
    }
}
