package fr.passeportnumerique.account;

/** What the state's company directory says of a SIRET, as {@link CompanyLookup} tells it. */
public sealed interface SiretLookup {

    /** An establishment still open: its company's details, to pre-fill a form. */
    record Found(FoundCompany company) implements SiretLookup {}

    /** The establishment (or its company) has closed: the programme is for businesses that trade. */
    record Closed(String name) implements SiretLookup {}

    /** The directory knows no establishment with this number (a typo, or a business too new or not public). */
    record Unknown() implements SiretLookup {}

    /** The directory did not answer in time, refused the call or is out of service: the person types. */
    record Unavailable() implements SiretLookup {}

    /** Looking up is switched off in this installation: nothing to say. */
    record Off() implements SiretLookup {}
}
