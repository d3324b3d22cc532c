package fr.passeportnumerique.account;

import java.time.LocalDate;

/**
 * An open establishment and its company as the state's company directory describes them. Any part but the SIRET may
 * be null when the directory leaves it out (masked data of a person who opted out, a code the programme has no
 * sector for).
 *
 * @param createdOn the company's creation date (its age chooses the financing path), or the establishment's
 * @param headcount the company's head count band, or the establishment's
 */
public record FoundCompany(
        String siret,
        String name,
        String nafCode,
        Sector sector,
        LocalDate createdOn,
        String address,
        String postcode,
        String town,
        String departement,
        HeadcountBand headcount) {}
