package fr.passeportnumerique.financing;

import java.time.LocalDate;
import java.time.Period;

/** The programme's two ways to finance equipment, chosen by the age of the business. */
public enum FinancingPath {
    /** An evolving lease: a monthly rent, equipment renewable or upgradable during the term, an option at the end. */
    LOCATION_EVOLUTIVE,
    /** A classic loan: constant monthly payments that pay the month's interest and part of the capital. */
    CREDIT_CLASSIQUE;

    /** Businesses are three years old on the third anniversary of their creation. */
    public static final int YEARS_FOR_A_LOAN = 3;

    public static FinancingPath forCompanyCreatedOn(LocalDate createdOn, LocalDate today) {
        return Period.between(createdOn, today).getYears() >= YEARS_FOR_A_LOAN ? CREDIT_CLASSIQUE : LOCATION_EVOLUTIVE;
    }

    public String translationKey() {
        return "financing.path." + name();
    }
}
