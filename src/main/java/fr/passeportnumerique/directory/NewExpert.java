package fr.passeportnumerique.directory;

import fr.passeportnumerique.account.ValidSiret;
import fr.passeportnumerique.base.validation.Violations;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What an administrator enters to accredit a new expert; the expert completes skills, places and presentation in
 * their space. {@link #problems()} names what is wrong as translation keys.
 */
public record NewExpert(
        @NotBlank(message = "expert-admin.problem.name")
        @Size(max = ExpertProfile.NAME_MAX_LENGTH, message = "expert-admin.problem.name")
        String companyName,

        @ValidSiret(message = "expert-admin.problem.siret") String siret,

        @NotNull(message = "expert-admin.problem.number")
        @Pattern(regexp = "\\s*[A-Za-z0-9-]{3,20}\\s*", message = "expert-admin.problem.number")
        String accreditationNumber,

        @NotNull(message = Contact.NAME_PROBLEM) @Valid Contact contact) {

    public List<String> problems() {
        return Violations.of(this);
    }
}
