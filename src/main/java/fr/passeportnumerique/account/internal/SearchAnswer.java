package fr.passeportnumerique.account.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import fr.passeportnumerique.account.FoundCompany;
import fr.passeportnumerique.account.HeadcountBand;
import fr.passeportnumerique.account.Sector;
import fr.passeportnumerique.account.SiretLookup;
import fr.passeportnumerique.base.territory.Departement;
import fr.passeportnumerique.base.territory.Territories;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The part of an answer of "API Recherche d'entreprises" ({@code GET /search?q=<siret>}) the platform reads, with
 * the API's own field names. A result is a company ("unité légale") with its head office ({@code siege}) and the
 * establishments that matched the query ({@code matching_etablissements}); the latter leave out the département.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record SearchAnswer(List<Result> results) {

    /** What the API writes in place of the data of a person who asked INSEE not to publish it. */
    static final String MASKED = "[NON-DIFFUSIBLE]";

    /** The state of a company or an establishment that still trades ("A": active; "C" or "F": ceased, closed). */
    static final String ACTIVE = "A";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Result(
            @JsonProperty("nom_complet") String nomComplet,
            @JsonProperty("nom_raison_sociale") String nomRaisonSociale,
            @JsonProperty("activite_principale") String activitePrincipale,
            @JsonProperty("date_creation") String dateCreation,
            @JsonProperty("etat_administratif") String etatAdministratif,
            @JsonProperty("tranche_effectif_salarie") String trancheEffectifSalarie,
            Etablissement siege,
            @JsonProperty("matching_etablissements") List<Etablissement> matchingEtablissements) {

        Stream<Etablissement> etablissements() {
            return Stream.concat(
                    Stream.ofNullable(siege),
                    matchingEtablissements == null ? Stream.empty() : matchingEtablissements.stream());
        }

        String name() {
            return known(nomComplet).orElseGet(() -> known(nomRaisonSociale).orElse(null));
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Etablissement(
            String siret,
            @JsonProperty("etat_administratif") String etatAdministratif,
            @JsonProperty("date_creation") String dateCreation,
            String adresse,
            @JsonProperty("code_postal") String codePostal,
            @JsonProperty("libelle_commune") String libelleCommune,
            String departement,
            @JsonProperty("activite_principale") String activitePrincipale,
            @JsonProperty("tranche_effectif_salarie") String trancheEffectifSalarie) {}

    /** What the answer says of one SIRET: the establishment whose number it is, if any result holds it. */
    SiretLookup about(String siret) {
        for (Result result : results == null ? List.<Result>of() : results) {
            Optional<Etablissement> match = result.etablissements()
                    .filter(etablissement -> siret.equals(etablissement.siret()))
                    .findFirst();
            if (match.isPresent()) {
                return about(result, match.get());
            }
        }
        return new SiretLookup.Unknown();
    }

    private static SiretLookup about(Result company, Etablissement etablissement) {
        if (!ACTIVE.equals(etablissement.etatAdministratif())
                || (company.etatAdministratif() != null && !ACTIVE.equals(company.etatAdministratif()))) {
            return new SiretLookup.Closed(company.name());
        }
        String postcode = known(etablissement.codePostal()).orElse(null);
        return new SiretLookup.Found(new FoundCompany(
                etablissement.siret(),
                company.name(),
                first(etablissement.activitePrincipale(), company.activitePrincipale()),
                Sector.ofNafCode(first(etablissement.activitePrincipale(), company.activitePrincipale()))
                        .orElse(null),
                date(company.dateCreation())
                        .or(() -> date(etablissement.dateCreation()))
                        .orElse(null),
                known(etablissement.adresse()).orElse(null),
                postcode,
                known(etablissement.libelleCommune()).orElse(null),
                known(etablissement.departement())
                        .flatMap(Territories::departement)
                        .or(() -> Territories.departementOfPostcode(postcode))
                        .map(Departement::code)
                        .orElse(null),
                HeadcountBand.ofInseeCode(company.trancheEffectifSalarie())
                        .or(() -> HeadcountBand.ofInseeCode(etablissement.trancheEffectifSalarie()))
                        .orElse(null)));
    }

    private static String first(String preferred, String otherwise) {
        return known(preferred).orElseGet(() -> known(otherwise).orElse(null));
    }

    private static Optional<String> known(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(text -> !text.isEmpty() && !MASKED.equals(text));
    }

    private static Optional<LocalDate> date(String value) {
        try {
            return known(value).map(LocalDate::parse);
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }
}
