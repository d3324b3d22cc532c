package fr.passeportnumerique.account;

import fr.passeportnumerique.base.territory.Territories;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a welcome point needs before it is shown to the public; each problem is a translation key by field. */
public final class WelcomePointRules {

    public static final String TYPE = "type";
    public static final String NAME = "name";
    public static final String ADDRESS = "address";
    public static final String POSTCODE = "postcode";
    public static final String TOWN = "town";
    public static final String HOURS = "openingHours";
    public static final String PHONE = "phone";
    public static final String EMAIL = "email";

    private WelcomePointRules() {}

    public static Map<String, String> problems(WelcomePointDetails point) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (point.type() == null) {
            problems.put(TYPE, "welcome-point.error.type");
        }
        requireText(problems, NAME, point.name(), 160);
        requireText(problems, ADDRESS, point.address(), 200);
        if (point.postcode() == null
                || Territories.departementOfPostcode(point.postcode()).isEmpty()) {
            problems.put(POSTCODE, "registration.error.postcode");
        }
        requireText(problems, TOWN, point.town(), 100);
        requireText(problems, HOURS, point.openingHours(), 300);
        if (point.phone() == null || !point.phone().matches("[0-9 +.]{10,20}")) {
            problems.put(PHONE, "welcome-point.error.phone");
        }
        if (!RegistrationRules.isEmail(point.email())) {
            problems.put(EMAIL, "registration.error.email");
        }
        return problems;
    }

    private static void requireText(Map<String, String> problems, String field, String value, int max) {
        if (value == null || value.isBlank() || value.length() > max) {
            problems.put(field, "welcome-point.error.text");
        }
    }
}
