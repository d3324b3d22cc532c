package fr.passeportnumerique.directory;

import java.time.LocalDate;

/** Where an expert's accreditation stands on a given day. */
public enum Accreditation {
    VALID,
    NOT_YET_VALID,
    EXPIRED,
    SUSPENDED,
    /** The expert deleted their account and left the programme. */
    WITHDRAWN;

    static Accreditation on(LocalDate day, LocalDate from, LocalDate until, boolean suspended) {
        if (suspended) {
            return SUSPENDED;
        }
        if (day.isBefore(from)) {
            return NOT_YET_VALID;
        }
        return day.isAfter(until) ? EXPIRED : VALID;
    }

    public String translationKey() {
        return "expert.accreditation." + name();
    }
}
