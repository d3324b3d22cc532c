package fr.passeportnumerique.account;

import fr.passeportnumerique.base.territory.Territories;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks a registration, field by field. Used by the form as the person types and again by the service, which
 * trusts nothing from the browser. Each problem is a translation key.
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

    private static final Pattern EMAIL_SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}");
    private static final LocalDate OLDEST_COMPANY = LocalDate.of(1900, 1, 1);

    private final PasswordPolicy passwords = new PasswordPolicy();

    /** Field name to translation key of what is wrong with it; empty when all is well. */
    public Map<String, String> problems(Registration registration, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (!isName(registration.fullName(), Registration.FULL_NAME_MAX_LENGTH)) {
            problems.put(FULL_NAME, "registration.error.full-name");
        }
        if (!isEmail(registration.email())) {
            problems.put(EMAIL, "registration.error.email");
        }
        passwords.problem(registration.password()).ifPresent(key -> problems.put(PASSWORD, key));
        CompanyDetails company = registration.company();
        if (company == null) {
            problems.put(COMPANY_NAME, "registration.error.company-name");
            return problems;
        }
        companyProblems(company, today, problems);
        return problems;
    }

    public static boolean isEmail(String email) {
        return email != null
                && email.length() <= Registration.EMAIL_MAX_LENGTH
                && isPlainText(email)
                && EMAIL_SHAPE.matcher(email.strip()).matches();
    }

    /** A name shown on pages, certificates, exports and e-mail subjects: typed text of sensible length. */
    public static boolean isName(String name, int maxLength) {
        return !isBlank(name) && name.length() <= maxLength && isPlainText(name);
    }

    /**
     * Nothing a keyboard does not type: no control character (NUL, line break) and no half of a character (a lone
     * surrogate, which is what broken UTF-8 becomes), either of which would spoil exports, PDFs and mail headers.
     */
    private static boolean isPlainText(String text) {
        return text.codePoints()
                .noneMatch(c ->
                        Character.isISOControl(c) || (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE));
    }

    public static String employeesProblem(Integer employees) {
        if (employees == null || employees < 0) {
            return "registration.error.employees";
        }
        return employees > CompanyDetails.MAX_EMPLOYEES ? "registration.error.not-a-tpe" : null;
    }

    public static String createdOnProblem(LocalDate createdOn, LocalDate today) {
        if (createdOn == null || createdOn.isBefore(OLDEST_COMPANY)) {
            return "registration.error.created-on";
        }
        return createdOn.isAfter(today) ? "registration.error.created-on-future" : null;
    }

    private static void companyProblems(CompanyDetails company, LocalDate today, Map<String, String> problems) {
        if (!isName(company.name(), CompanyDetails.NAME_MAX_LENGTH)) {
            problems.put(COMPANY_NAME, "registration.error.company-name");
        }
        if (!Siret.isValid(company.siret())) {
            problems.put(SIRET, "registration.error.siret");
        }
        if (company.sector() == null) {
            problems.put(SECTOR, "registration.error.sector");
        }
        putIfPresent(problems, EMPLOYEES, employeesProblem(company.employees()));
        putIfPresent(problems, CREATED_ON, createdOnProblem(company.createdOn(), today));
        if (company.postcode() == null
                || Territories.departementOfPostcode(company.postcode()).isEmpty()) {
            problems.put(POSTCODE, "registration.error.postcode");
        }
        if (Territories.departement(company.departement()).isEmpty()) {
            problems.put(DEPARTEMENT, "registration.error.departement");
        }
    }

    private static void putIfPresent(Map<String, String> problems, String field, String key) {
        if (key != null) {
            problems.put(field, key);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
