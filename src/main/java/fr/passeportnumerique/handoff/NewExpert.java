package fr.passeportnumerique.handoff;

import fr.passeportnumerique.account.Siret;
import fr.passeportnumerique.base.territory.Territories;
import java.util.ArrayList;
import java.util.List;

/**
 * What an administrator enters to accredit a new expert; the expert completes skills, places and presentation in
 * their space. {@link #problems()} names what is wrong as translation keys.
 */
public record NewExpert(
        String companyName,
        String siret,
        String accreditationNumber,
        String contactName,
        String email,
        String phone,
        String street,
        String postcode,
        String town) {

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (!ContactRules.isName(companyName)) {
            problems.add("expert-admin.problem.name");
        }
        if (!Siret.isValid(siret)) {
            problems.add("expert-admin.problem.siret");
        }
        if (accreditationNumber == null || !accreditationNumber.strip().matches("[A-Za-z0-9-]{3,20}")) {
            problems.add("expert-admin.problem.number");
        }
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
        if (Territories.departementOfPostcode(postcode).isEmpty()) {
            problems.add("expert-profile.problem.postcode");
        }
        return problems;
    }
}
