package fr.passeportnumerique.handoff;

/** How an expert's contact details are checked, wherever they are entered (accreditation, own profile). */
final class ContactRules {

    static final int EMAIL_MAX_LENGTH = 254;
    static final int STREET_MAX_LENGTH = 200;
    static final int TOWN_MAX_LENGTH = 100;

    private ContactRules() {}

    static boolean isName(String name) {
        return !blank(name) && name.length() <= ExpertProfile.NAME_MAX_LENGTH;
    }

    static boolean isEmail(String email) {
        return email != null
                && email.length() <= EMAIL_MAX_LENGTH
                && email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    }

    static boolean isPhone(String phone) {
        return phone != null && phone.strip().matches("[0-9 +.()-]{10,20}");
    }

    static boolean isAddress(String street, String town) {
        return !blank(street)
                && street.length() <= STREET_MAX_LENGTH
                && !blank(town)
                && town.length() <= TOWN_MAX_LENGTH;
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
