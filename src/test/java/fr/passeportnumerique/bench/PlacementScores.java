package fr.passeportnumerique.bench;

import fr.passeportnumerique.quiz.placement.MasteryLevel;
import fr.passeportnumerique.quiz.placement.ModuleEstimate;
import fr.passeportnumerique.quiz.placement.PlacementModel;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The figures of one way of testing a population: agreement with the truth, length, stops, minutes saved. */
final class PlacementScores {

    private final ShippedBanks banks;
    private final PlacementModel model;
    private final List<Long> questions = new ArrayList<>();
    private final List<Long> seconds = new ArrayList<>();
    private final List<Long> minutesSaved = new ArrayList<>();
    private final List<Long> minutesWronglySkipped = new ArrayList<>();
    private final List<Long> minutesTrulyAcquis = new ArrayList<>();
    private final Map<PlacementRuns.Stop, Integer> stops = new EnumMap<>(PlacementRuns.Stop.class);
    private final Map<String, ProfileCounts> byProfile = new LinkedHashMap<>();
    private int decisions;
    private int agreeing;
    private int levelsAgreeing;
    private int falseAcquis;
    private int missedAcquis;

    PlacementScores(ShippedBanks banks, PlacementModel model) {
        this.banks = banks;
        this.model = model;
        SimulatedPopulation.PROFILES.forEach(profile -> byProfile.put(profile.name(), new ProfileCounts()));
    }

    void add(SimulatedPopulation.Learner learner, PlacementRuns.Outcome outcome) {
        questions.add((long) outcome.questions());
        seconds.add(outcome.elapsed().toSeconds());
        stops.merge(outcome.stop(), 1, Integer::sum);
        ProfileCounts profile = byProfile.get(learner.profile().name());
        profile.learners++;
        profile.questions += outcome.questions();
        long saved = 0;
        long wronglySkipped = 0;
        long trulyAcquis = 0;
        for (int m = 0; m < outcome.estimates().size(); m++) {
            ModuleEstimate estimate = outcome.estimates().get(m);
            int minutes = banks.minutesBySlug().get(estimate.moduleSlug());
            double theta = learner.theta()[m];
            boolean acquis = theta >= model.masteryCut();
            boolean saidAcquis = estimate.level() == MasteryLevel.ACQUIS;
            decisions++;
            profile.decisions++;
            if (acquis == saidAcquis) {
                agreeing++;
                profile.agreeing++;
            } else if (saidAcquis) {
                falseAcquis++;
            } else {
                missedAcquis++;
            }
            levelsAgreeing += estimate.level() == trueLevel(theta) ? 1 : 0;
            saved += saidAcquis ? minutes : 0;
            wronglySkipped += saidAcquis && !acquis ? minutes : 0;
            trulyAcquis += acquis ? minutes : 0;
        }
        minutesSaved.add(saved);
        minutesWronglySkipped.add(wronglySkipped);
        minutesTrulyAcquis.add(trulyAcquis);
    }

    double agreement() {
        return (double) agreeing / decisions;
    }

    double levelAgreement() {
        return (double) levelsAgreeing / decisions;
    }

    double falseAcquisShare() {
        return (double) falseAcquis / decisions;
    }

    double missedAcquisShare() {
        return (double) missedAcquis / decisions;
    }

    double meanQuestions() {
        return questions.stream().mapToLong(Long::longValue).average().orElse(0);
    }

    long[] questions() {
        return BenchReport.sorted(questions);
    }

    long[] seconds() {
        return BenchReport.sorted(seconds);
    }

    long[] minutesSaved() {
        return BenchReport.sorted(minutesSaved);
    }

    long[] minutesWronglySkipped() {
        return BenchReport.sorted(minutesWronglySkipped);
    }

    long[] minutesTrulyAcquis() {
        return BenchReport.sorted(minutesTrulyAcquis);
    }

    double stopShare(PlacementRuns.Stop stop) {
        return (double) stops.getOrDefault(stop, 0) / questions.size();
    }

    double meanSeconds() {
        return seconds.stream().mapToLong(Long::longValue).average().orElse(0);
    }

    Map<String, ProfileCounts> byProfile() {
        return byProfile;
    }

    static final class ProfileCounts {
        private int learners;
        private int questions;
        private int decisions;
        private int agreeing;

        int learners() {
            return learners;
        }

        double agreement() {
            return (double) agreeing / decisions;
        }

        double meanQuestions() {
            return (double) questions / learners;
        }
    }

    private MasteryLevel trueLevel(double theta) {
        if (theta >= model.masteryCut()) {
            return MasteryLevel.ACQUIS;
        }
        return theta < model.discoverCut() ? MasteryLevel.A_DECOUVRIR : MasteryLevel.A_CONSOLIDER;
    }
}
