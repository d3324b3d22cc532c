package fr.passeportnumerique.account.internal;

import fr.passeportnumerique.account.WelcomePointDetails;
import fr.passeportnumerique.account.WelcomePointType;
import fr.passeportnumerique.base.territory.Departement;
import fr.passeportnumerique.base.territory.Territories;
import java.util.ArrayList;
import java.util.List;

/**
 * A clearly fictional set of welcome points for the embedded default: one of each type in a main town of every
 * region. Names say "exemple", streets are invented, phone numbers are in the range ARCEP keeps for fiction
 * (01 99 00 xx xx) and e-mail addresses use the reserved example.org domain.
 */
public final class WelcomePointGenerator {

    /** A main town of each region, with its postcode. */
    private static final List<String[]> TOWNS = List.of(
            new String[] {"Paris", "75001"},
            new String[] {"Orléans", "45000"},
            new String[] {"Dijon", "21000"},
            new String[] {"Rouen", "76000"},
            new String[] {"Lille", "59000"},
            new String[] {"Strasbourg", "67000"},
            new String[] {"Nantes", "44000"},
            new String[] {"Rennes", "35000"},
            new String[] {"Bordeaux", "33000"},
            new String[] {"Toulouse", "31000"},
            new String[] {"Lyon", "69001"},
            new String[] {"Marseille", "13001"},
            new String[] {"Ajaccio", "20000"},
            new String[] {"Pointe-à-Pitre", "97110"},
            new String[] {"Fort-de-France", "97200"},
            new String[] {"Cayenne", "97300"},
            new String[] {"Saint-Denis", "97400"},
            new String[] {"Mamoudzou", "97600"},
            new String[] {"Montpellier", "34000"},
            new String[] {"Clermont-Ferrand", "63000"},
            new String[] {"Limoges", "87000"},
            new String[] {"Amiens", "80000"},
            new String[] {"Metz", "57000"},
            new String[] {"Besançon", "25000"},
            new String[] {"Caen", "14000"},
            new String[] {"Tours", "37000"});

    private static final String[] STREETS = {
        "rue de l'Exemple", "avenue du Modèle", "place de la Démonstration", "boulevard de l'Essai"
    };
    private static final String[] HOURS = {
        "Du lundi au vendredi, 9 h - 12 h et 14 h - 17 h",
        "Du mardi au samedi, 9 h - 12 h 30",
        "Lundi, mercredi et vendredi, 13 h 30 - 17 h 30, sur rendez-vous",
        "Du lundi au jeudi, 8 h 30 - 12 h et 13 h 30 - 17 h"
    };

    private WelcomePointGenerator() {}

    public static List<WelcomePointDetails> generate() {
        List<WelcomePointDetails> points = new ArrayList<>();
        int n = 0;
        for (String[] town : TOWNS) {
            Departement departement = Territories.departementOfPostcode(town[1]).orElseThrow();
            for (WelcomePointType type : WelcomePointType.values()) {
                points.add(new WelcomePointDetails(
                        null,
                        type,
                        name(type, town[0]),
                        (3 + n % 97) + " " + STREETS[n % STREETS.length],
                        town[1],
                        town[0],
                        departement.code(),
                        departement.regionCode(),
                        HOURS[n % HOURS.length],
                        String.format("01 99 00 %02d %02d", n / 100, n % 100),
                        "accueil-" + n + "@example.org"));
                n++;
            }
        }
        return points;
    }

    private static String name(WelcomePointType type, String town) {
        return switch (type) {
            case CCI -> "CCI exemple de " + town;
            case POST_OFFICE -> "Bureau de poste exemple, " + town + " centre";
            case MANAGEMENT_CENTRE -> "Centre de gestion exemple de " + town;
            case REGIONAL_POINT -> "Point d'accueil régional exemple, " + town;
        };
    }
}
