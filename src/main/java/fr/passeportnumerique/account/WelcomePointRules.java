package fr.passeportnumerique.account;

import fr.passeportnumerique.base.validation.Violations;
import java.util.Map;

/**
 * What a welcome point needs before it is shown to the public (the constraints of {@link WelcomePointDetails}),
 * each problem a translation key by field.
 */
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
        return Violations.byField(point);
    }
}
