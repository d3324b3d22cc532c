package fr.passeportnumerique.bench;

import fr.passeportnumerique.curriculum.format.QuestionType;
import fr.passeportnumerique.quiz.placement.PlacementItem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Simulated learners with a known true ability per module, and the true difficulty of each shipped question. The
 * generative model (docs/placement.md): a learner belongs to a profile, which sets the mean of a general ability g
 * (spread {@value #GENERAL_SD} within the profile) and, for the profiles of a practice, a strength of {@value
 * #STRENGTH} logits in the modules of that practice; each module adds its own deviation (spread 0.5 unless said). A
 * question's true difficulty is its authored one plus noise, which the engine does not know. An answer is right with
 * the Rasch probability, optionally floored by a chance of guessing.
 */
final class SimulatedPopulation {

    static final double GENERAL_SD = 0.5;
    static final double MODULE_SD = 0.5;
    static final double STRENGTH = 1.8;
    static final double ITEM_NOISE_SD = 0.5;
    static final double PART_NOISE_SD = 0.5;
    /** The questions' true difficulties belong to the banks, not to a sample of learners: one seed for them all. */
    private static final long ITEM_SEED = 2_026L;

    record Profile(String name, double share, double generalMean, Set<String> strongModules) {}

    /** How a population is drawn; {@link #of} gives the documented one. */
    record Settings(
            int size,
            long seed,
            double itemNoiseSd,
            boolean guessing,
            double moduleSd,
            List<Profile> profiles,
            double answerShiftSd) {

        static Settings of(int size, long seed) {
            return new Settings(size, seed, ITEM_NOISE_SD, false, MODULE_SD, PROFILES, 0);
        }

        Settings withSize(int otherSize, long otherSeed) {
            return new Settings(otherSize, otherSeed, itemNoiseSd, guessing, moduleSd, profiles, answerShiftSd);
        }

        Settings withItemNoise(double sd) {
            return new Settings(size, seed, sd, guessing, moduleSd, profiles, answerShiftSd);
        }

        Settings withGuessing() {
            return new Settings(size, seed, itemNoiseSd, true, moduleSd, profiles, answerShiftSd);
        }

        Settings withModuleSd(double sd) {
            return new Settings(size, seed, itemNoiseSd, guessing, sd, profiles, answerShiftSd);
        }

        Settings withProfiles(List<Profile> otherProfiles) {
            return new Settings(size, seed, itemNoiseSd, guessing, moduleSd, otherProfiles, answerShiftSd);
        }

        /** The parts of one answer no longer independent: one shift of the ability, of this spread, for them all. */
        Settings withAnswerShift(double sd) {
            return new Settings(size, seed, itemNoiseSd, guessing, moduleSd, profiles, sd);
        }
    }

    static final List<Profile> PROFILES = List.of(
            new Profile("débutant", 0.30, -1.5, Set.of()),
            new Profile("intermédiaire", 0.30, -0.3, Set.of()),
            new Profile("avancé", 0.15, 1.2, Set.of()),
            new Profile(
                    "facture déjà en ligne",
                    0.10,
                    -0.8,
                    Set.of(
                            "paiement-encaissement",
                            "facturation-electronique",
                            "gestion-comptabilite",
                            "demarches-en-ligne")),
            new Profile(
                    "gestionnaire de mots de passe",
                    0.08,
                    -0.3,
                    Set.of("stockage-sauvegarde", "cybersecurite", "rgpd-donnees", "equipement-reseau-logiciels")),
            new Profile(
                    "vend déjà en ligne",
                    0.07,
                    -0.3,
                    Set.of("site-web", "visibilite-locale", "reseaux-sociaux", "vendre-en-ligne", "relation-client")));

    /** The same shares and levels, the practices' strengths spread over modules of every theme of the engine. */
    static final List<Profile> CROSS_THEME_PROFILES = List.of(
            PROFILES.get(0),
            PROFILES.get(1),
            PROFILES.get(2),
            new Profile(
                    "facture déjà en ligne",
                    0.10,
                    -0.8,
                    Set.of("paiement-encaissement", "bureautique", "stockage-sauvegarde", "site-web")),
            new Profile(
                    "gestionnaire de mots de passe",
                    0.08,
                    -0.3,
                    Set.of("cybersecurite", "messagerie-agenda", "relation-client", "demarches-en-ligne")),
            new Profile(
                    "vend déjà en ligne",
                    0.07,
                    -0.3,
                    Set.of(
                            "vendre-en-ligne",
                            "premiers-pas",
                            "rgpd-donnees",
                            "gestion-comptabilite",
                            "travail-collaboratif")));

    /**
     * One learner: profile, true general ability, true ability per module (in the banks' module order), one uniform
     * draw per item.
     */
    record Learner(int id, Profile profile, double general, double[] theta, double[] draws) {}

    private final ShippedBanks banks;
    private final Map<String, Integer> itemIndex = new HashMap<>();
    private final double[] trueDifficulty;
    private final double[] guessFloor;
    private final double[][] partDifficulty;
    private final List<Learner> learners = new ArrayList<>();
    private final Settings settings;

    SimulatedPopulation(ShippedBanks banks, Settings settings) {
        this.banks = banks;
        this.settings = settings;
        SplittableRandom itemRandom = new SplittableRandom(ITEM_SEED);
        SplittableRandom random = new SplittableRandom(settings.seed());
        List<PlacementItem> items = banks.items();
        trueDifficulty = new double[items.size()];
        guessFloor = new double[items.size()];
        partDifficulty = new double[items.size()][];
        SplittableRandom partRandom = new SplittableRandom(ITEM_SEED + 1);
        for (int i = 0; i < items.size(); i++) {
            itemIndex.put(items.get(i).key(), i);
            trueDifficulty[i] = items.get(i).difficulty() + settings.itemNoiseSd() * itemRandom.nextGaussian();
            guessFloor[i] = settings.guessing()
                    ? guessFloor(banks.typeByKey().get(items.get(i).key()))
                    : 0;
            int parts = banks.partsByKey().get(items.get(i).key());
            partDifficulty[i] = new double[parts];
            for (int j = 0; j < parts; j++) {
                partDifficulty[i][j] = trueDifficulty[i] - partEase(parts) + PART_NOISE_SD * partRandom.nextGaussian();
            }
        }
        for (int id = 0; id < settings.size(); id++) {
            Profile profile = draw(random.nextDouble());
            double general = profile.generalMean() + GENERAL_SD * random.nextGaussian();
            double[] theta = new double[banks.moduleSlugs().size()];
            for (int m = 0; m < theta.length; m++) {
                boolean strong =
                        profile.strongModules().contains(banks.moduleSlugs().get(m));
                theta[m] = general + (strong ? STRENGTH : 0) + settings.moduleSd() * random.nextGaussian();
            }
            double[] draws = random.doubles(items.size()).toArray();
            learners.add(new Learner(id, profile, general, theta, draws));
        }
    }

    List<Learner> learners() {
        return learners;
    }

    /**
     * The answer's score as the quiz grades it. A question of one part is right with the Rasch probability at its true
     * difficulty. A question of k parts has each part right independently with the Rasch probability at the part's
     * own difficulty: the question's true difficulty minus logit(2^(-1/k)) (a learner at the true difficulty then gets
     * it all right half the time) plus a fixed noise of spread {@value #PART_NOISE_SD} per part; the score is the
     * share of right parts, fully right only when all are. The draws come from the learner's uniform for the item, so
     * every test sees the same answer to the same question.
     */
    double score(Learner learner, PlacementItem item) {
        int i = itemIndex.get(item.key());
        double theta = learner.theta()[banks.moduleIndex(item.moduleSlug())];
        double[] parts = partDifficulty[i];
        if (parts.length == 1) {
            double rasch = 1 / (1 + Math.exp(trueDifficulty[i] - theta));
            return learner.draws()[i] < guessFloor[i] + (1 - guessFloor[i]) * rasch ? 1 : 0;
        }
        SplittableRandom random = new SplittableRandom(Double.doubleToLongBits(learner.draws()[i]));
        double shifted = theta + settings.answerShiftSd() * random.nextGaussian();
        int right = 0;
        for (double difficulty : parts) {
            right += random.nextDouble() < 1 / (1 + Math.exp(difficulty - shifted)) ? 1 : 0;
        }
        return (double) right / parts.length;
    }

    double trueDifficulty(PlacementItem item) {
        return trueDifficulty[itemIndex.get(item.key())];
    }

    Settings settings() {
        return settings;
    }

    private static double partEase(int parts) {
        double allRightAtDifficulty = Math.pow(0.5, 1.0 / parts);
        return Math.log(allRightAtDifficulty / (1 - allRightAtDifficulty));
    }

    private Profile draw(double u) {
        double cumulated = 0;
        for (Profile profile : settings.profiles()) {
            cumulated += profile.share();
            if (u < cumulated) {
                return profile;
            }
        }
        return settings.profiles().getLast();
    }

    /** A learner who does not know can still pick the right answer: one in two for true or false, about one in three for one choice among three or four. */
    private static double guessFloor(QuestionType type) {
        return switch (type) {
            case TRUE_FALSE -> 0.5;
            case SINGLE_CHOICE, SCENARIO -> 0.3;
            default -> 0;
        };
    }
}
