package fr.passeportnumerique.account;

import fr.passeportnumerique.base.validation.Violations;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A registration's problems by field, for the form and for the service, which trusts nothing from the browser: the
 * constraints written on {@link Registration} and {@link CompanyDetails}, and the creation date's bounds, which
 * depend on the application's clock. Each problem is a translation key.
 */
public final class RegistrationRules {

    public static final String FULL_NAME = "fullName";
    public static final String EMAIL = "email";
    public static final String PASSWORD = "password";
    public static final String COMPANY_NAME = "companyName";
    public static final String SIRET = "siret";
    public static final String SECTOR = "sector";
    public static final String EMPLOYEES = "employees";
    public static final String CREATED_ON = "createdOn";
    public static final String POSTCODE = "postcode";
    public static final String DEPARTEMENT = "departement";

    /** The state's company directory said the SIRET is a closed establishment. */
    public static final String CLOSED_ESTABLISHMENT = "registration.error.siret-closed";

    private static final LocalDate OLDEST_COMPANY = LocalDate.of(1900, 1, 1);
    /** A constraint's path in the command, as the form names its field. */
    private static final Map<String, String> FIELDS = Map.of(
            "company", COMPANY_NAME,
            "company.name", COMPANY_NAME,
            "company.siret", SIRET,
            "company.sector", SECTOR,
            "company.employees", EMPLOYEES,
            "company.createdOn", CREATED_ON,
            "company.postcode", POSTCODE,
            "company.departement", DEPARTEMENT);

    /** Field name to translation key of what is wrong with it; empty when all is well. */
    public Map<String, String> problems(Registration registration, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        Violations.byField(registration)
                .forEach((path, key) -> problems.putIfAbsent(FIELDS.getOrDefault(path, path), key));
        if (registration.company() != null && !problems.containsKey(CREATED_ON)) {
            String dateProblem = createdOnProblem(registration.company().createdOn(), today);
            if (dateProblem != null) {
                problems.put(CREATED_ON, dateProblem);
            }
        }
        return problems;
    }

    /** What is wrong with a business's details alone, by field name, as when its owner edits them. */
    public Map<String, String> problems(CompanyDetails company, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        Violations.byField(company)
                .forEach((path, key) -> problems.putIfAbsent(FIELDS.getOrDefault("company." + path, path), key));
        if (!problems.containsKey(CREATED_ON)) {
            String dateProblem = createdOnProblem(company.createdOn(), today);
            if (dateProblem != null) {
                problems.put(CREATED_ON, dateProblem);
            }
        }
        return problems;
    }

    public static boolean isEmail(String email) {
        return Violations.ofValue(Registration.class, "email", email).isEmpty();
    }

    /** A person's name as a registration accepts it: typed text of sensible length. */
    public static boolean isFullName(String name) {
        return Violations.ofValue(Registration.class, "fullName", name).isEmpty();
    }

    /** Said as the number is typed: a negative or missing count, or a business too big for the programme. */
    public static String employeesProblem(Integer employees) {
        if (employees == null) {
            return "registration.error.employees";
        }
        return Violations.ofValue(CompanyDetails.class, "employees", employees).stream()
                .findFirst()
                .orElse(null);
    }

    public static String createdOnProblem(LocalDate createdOn, LocalDate today) {
        if (createdOn == null || createdOn.isBefore(OLDEST_COMPANY)) {
            return "registration.error.created-on";
        }
        return createdOn.isAfter(today) ? "registration.error.created-on-future" : null;
    }
}
