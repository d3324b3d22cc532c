package fr.passeportnumerique.account;

/** The kinds of place where business owners are welcomed in person; labels in {@code welcome-point.type.*}. */
public enum WelcomePointType {
    CCI,
    POST_OFFICE,
    MANAGEMENT_CENTRE,
    REGIONAL_POINT;

    public String translationKey() {
        return "welcome-point.type." + name().toLowerCase().replace('_', '-');
    }
}
