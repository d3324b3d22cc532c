package fr.passeportnumerique.account;

import java.time.LocalDate;

/** What a learner tells about their business. */
public record CompanyDetails(
        String name,
        String siret,
        Sector sector,
        int employees,
        LocalDate createdOn,
        String postcode,
        String departement) {

    public static final int NAME_MAX_LENGTH = 160;
    /** The programme is for very small businesses: fewer than 20 people. */
    public static final int MAX_EMPLOYEES = 19;
}
