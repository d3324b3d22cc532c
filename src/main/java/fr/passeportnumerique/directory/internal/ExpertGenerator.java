package fr.passeportnumerique.directory.internal;

import fr.passeportnumerique.account.Sector;
import fr.passeportnumerique.base.territory.Departement;
import fr.passeportnumerique.base.territory.Territories;
import fr.passeportnumerique.directory.Contact;
import fr.passeportnumerique.directory.ExpertProfile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * A realistic but plainly fictional directory: three experts in each of the 101 départements and a dozen working
 * remotely nationwide. Names say "Exemple", "Démo" or "Fictif", towns are invented, phone numbers are in the range
 * ARCEP keeps for fiction (01 99 00 xx xx), e-mail addresses use the reserved example.org domain, and SIRET numbers
 * start with 999 (no real company's SIREN does). The same seed always gives the same directory.
 */
public final class ExpertGenerator {

    public static final int PER_DEPARTEMENT = 3;
    public static final int REMOTE_ONLY = 12;

    private static final String[] PREFIXES = {"Exemple", "Démo", "Fictif", "Modèle", "Échantillon"};
    private static final String[] TRADES = {
        "Numérique", "Informatique", "Réseaux", "Bureautique", "Conseil Numérique", "Services Informatiques"
    };
    private static final String[] FORMS = {"SARL", "SAS", "EURL", "SASU"};
    private static final String[] TOWNS = {
        "Exempleville", "Saint-Exemple", "Villedémo", "Fictif-sur-Loire", "Modèle-les-Bains", "Bourg-Exemple"
    };
    private static final String[] STREETS = {
        "rue de l'Exemple", "avenue du Modèle", "place de la Démonstration", "boulevard Fictif", "chemin de l'Essai"
    };
    private static final String[] FIRST_NAMES = {
        "Camille", "Dominique", "Claude", "Alix", "Sacha", "Maxime", "Lou", "Morgan", "Charlie", "Noa"
    };
    private static final String[] LAST_NAMES = {"Exemple", "Démo", "Modèle", "Essai", "Fictif", "Prototype"};
    /** Skills most experts offer, then rarer ones: modules 1-5 and 18 are everyday IT work. */
    private static final int[] COMMON_SKILLS = {1, 2, 3, 4, 5, 6, 18};

    private final Random random;
    private final LocalDate today;

    public ExpertGenerator(long seed, LocalDate today) {
        this.random = new Random(seed);
        this.today = today;
    }

    public List<ExpertProfile> experts() {
        List<ExpertProfile> experts = new ArrayList<>();
        int n = 0;
        List<Departement> departements = Territories.departements();
        for (Departement departement : departements) {
            for (int i = 0; i < PER_DEPARTEMENT; i++) {
                experts.add(expert(n++, departement, neighbours(departement, departements), false));
            }
        }
        for (int i = 0; i < REMOTE_ONLY; i++) {
            Departement home = departements.get(random.nextInt(departements.size()));
            experts.add(expert(n++, home, Set.of(home.code()), true));
        }
        return experts;
    }

    private ExpertProfile expert(int n, Departement home, Set<String> served, boolean remote) {
        String name = String.format(
                "%s %s %s %s",
                PREFIXES[n % PREFIXES.length],
                TRADES[(n / PREFIXES.length) % TRADES.length],
                home.code(),
                FORMS[random.nextInt(FORMS.length)]);
        LocalDate from = today.minusDays(30 + random.nextInt(900));
        // About one in twenty accreditations has lapsed, to show how the directory treats them.
        LocalDate until = random.nextInt(20) == 0 ? today.minusDays(1 + random.nextInt(90)) : from.plusYears(3);
        String contact =
                FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " " + LAST_NAMES[random.nextInt(LAST_NAMES.length)];
        return new ExpertProfile(
                name,
                siret(n),
                String.format("PN-%d-%04d", from.getYear(), n + 1),
                from,
                until,
                new Contact(
                        contact,
                        String.format("expert-%d@example.org", n + 1),
                        String.format("01 99 00 %02d %02d", (n / 100) % 100, n % 100),
                        (1 + random.nextInt(120)) + " " + STREETS[random.nextInt(STREETS.length)],
                        postcode(home),
                        TOWNS[random.nextInt(TOWNS.length)]),
                remote || random.nextInt(10) == 0,
                served,
                skills(),
                sectors(),
                2 + random.nextInt(9),
                random.nextInt(5) == 0 ? Set.of("fr", "en") : Set.of("fr"),
                presentation(name, home));
    }

    /** The home département and, for one expert in two, one or two others of the same region. */
    private Set<String> neighbours(Departement home, List<Departement> all) {
        Set<String> served = new LinkedHashSet<>(List.of(home.code()));
        List<Departement> region = all.stream()
                .filter(other -> other.regionCode().equals(home.regionCode()) && !other.equals(home))
                .toList();
        int extra = region.isEmpty() ? 0 : random.nextInt(3);
        for (int i = 0; i < extra; i++) {
            served.add(region.get(random.nextInt(region.size())).code());
        }
        return served;
    }

    private Set<Integer> skills() {
        Set<Integer> skills = new TreeSet<>();
        for (int i = 0, count = 2 + random.nextInt(3); i < count; i++) {
            skills.add(COMMON_SKILLS[random.nextInt(COMMON_SKILLS.length)]);
        }
        for (int i = 0, count = 2 + random.nextInt(5); i < count; i++) {
            skills.add(1 + random.nextInt(20));
        }
        return skills;
    }

    private Map<Sector, Integer> sectors() {
        Map<Sector, Integer> sectors = new EnumMap<>(Sector.class);
        Sector[] all = Sector.values();
        for (int i = 0, count = 2 + random.nextInt(4); i < count; i++) {
            sectors.put(all[random.nextInt(all.length)], random.nextInt(7));
        }
        return sectors;
    }

    private static String postcode(Departement departement) {
        return switch (departement.code()) {
            case "2A" -> "20000";
            case "2B" -> "20200";
            default -> departement.code().length() == 3 ? departement.code() + "00" : departement.code() + "000";
        };
    }

    /** 999 then ten digits, and the Luhn key that makes the SIRET valid. */
    private static String siret(int n) {
        String body = String.format("999%010d", 7_000_000L + n * 7L);
        for (int key = 0; key <= 9; key++) {
            String candidate = body + key;
            if (fr.passeportnumerique.account.Siret.isValid(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No Luhn key for " + body);
    }

    private static String presentation(String name, Departement home) {
        return "**" + name + "** accompagne les très petites entreprises du département " + home.name() + " ("
                + home.code() + ")"
                + " dans leurs projets numériques : équipement, installation, formation et assistance.\n\n"
                + "*Entreprise fictive, créée pour la démonstration de la plateforme.*";
    }
}
