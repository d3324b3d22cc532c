package fr.passeportnumerique.directory;

import fr.passeportnumerique.base.validation.KnownDepartement;
import fr.passeportnumerique.base.validation.Violations;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;

/**
 * What an expert may change on their own profile: contact, address, where and in what they work, capacity, languages
 * and presentation. Company name, SIRET and accreditation are the programme's to change. {@link #problems()} names
 * what is wrong as translation keys.
 */
public record ExpertProfileUpdate(
        @NotNull(message = Contact.NAME_PROBLEM) @Valid Contact contact,
        boolean remote,

        @NotEmpty(message = "expert-profile.problem.departements")
        Set<@KnownDepartement(message = "expert-profile.problem.departements") String> departements,

        @NotEmpty(message = "expert-profile.problem.skills")
        Set<
                        @Min(value = 1, message = "expert-profile.problem.skills")
                        @Max(value = 20, message = "expert-profile.problem.skills") Integer>
                skills,

        @Min(value = 0, message = "expert-profile.problem.capacity")
        @Max(value = ExpertProfile.CAPACITY_MAX, message = "expert-profile.problem.capacity")
        int capacityPerMonth,

        @NotEmpty(message = "expert-profile.problem.languages")
        Set<@Pattern(regexp = "fr|en", message = "expert-profile.problem.languages") String> languages,

        @NotBlank(message = "expert-profile.problem.presentation")
        @Size(max = ExpertProfile.PRESENTATION_MAX_LENGTH, message = "expert-profile.problem.presentation")
        String presentation) {

    /** The languages a profile may list, French first as the pages show them. */
    public static final List<String> LANGUAGES = List.of("fr", "en");

    public ExpertProfileUpdate {
        departements = Set.copyOf(departements);
        skills = Set.copyOf(skills);
        languages = Set.copyOf(languages);
    }

    public List<String> problems() {
        return Violations.of(this);
    }

    ExpertProfile appliedTo(ExpertProfile current) {
        return new ExpertProfile(
                current.companyName(),
                current.siret(),
                current.accreditationNumber(),
                current.accreditedFrom(),
                current.accreditedUntil(),
                contact.stripped(),
                remote,
                departements,
                skills,
                current.clientsBySector(),
                capacityPerMonth,
                languages,
                presentation.strip());
    }
}
