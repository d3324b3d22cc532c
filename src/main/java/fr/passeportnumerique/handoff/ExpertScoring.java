package fr.passeportnumerique.handoff;

import fr.passeportnumerique.directory.ExpertCandidate;
import fr.passeportnumerique.directory.PackCandidate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Ranks accredited experts and their packs for a graduate. Only experts accredited today who serve the company's
 * département or work remotely are kept. Points: the département (40; remote only, 20), each of the graduate's
 * priorities the expert is skilled in (15), each of the weakest modules they cover besides (8), clients already served
 * in the sector (3 each, up to 15; 5 for a sector served without clients yet), room for a new client this month (5).
 * Experts at capacity come after all the others, whatever their score. Equal scores are ordered by more room this
 * month, then by name, then by id: the same input always gives the same list.
 */
final class ExpertScoring {

    static final int DEPARTEMENT = 40;
    static final int REMOTE_ONLY = 20;
    static final int PRIORITY_SKILL = 15;
    static final int NEED_SKILL = 8;
    static final int CLIENT_IN_SECTOR = 3;
    static final int CLIENTS_IN_SECTOR_MAX = 15;
    static final int SECTOR_SERVED = 5;
    static final int ROOM_THIS_MONTH = 5;
    static final int PACK_PRIORITY = 10;
    static final int PACK_NEED = 5;
    static final int PACK_SIZE = 10;
    static final int PACK_FINANCING = 5;
    /** How many of the weakest modules count as needs. */
    static final int NEEDS_CONSIDERED = 3;

    private static final Comparator<ExpertMatch> RANKING = Comparator.comparing(ExpertMatch::atCapacity)
            .thenComparing(Comparator.comparingInt(ExpertMatch::score).reversed())
            .thenComparing(match -> match.expert().availableThisMonth(), Comparator.reverseOrder())
            .thenComparing(match -> match.expert().companyName())
            .thenComparingLong(match -> match.expert().id());

    MatchResult rank(MatchNeeds needs, List<ExpertCandidate> experts, List<PackCandidate> packs, LocalDate today) {
        List<ExpertMatch> ranked = experts.stream()
                .filter(expert -> expert.isAccreditedOn(today))
                .filter(expert -> expert.departements().contains(needs.departement()) || expert.remote())
                .map(expert -> score(needs, expert))
                .sorted(RANKING)
                .toList();
        Map<Long, ExpertMatch> byExpert =
                ranked.stream().collect(Collectors.toMap(match -> match.expert().id(), match -> match));
        List<PackMatch> rankedPacks = packs.stream()
                .filter(pack -> byExpert.containsKey(pack.expertId()))
                .map(pack -> score(needs, pack, byExpert.get(pack.expertId())))
                .sorted(Comparator.comparing((PackMatch match) -> match.expert().atCapacity())
                        .thenComparing(Comparator.comparingInt(PackMatch::score).reversed())
                        .thenComparing(match -> match.pack().title())
                        .thenComparingLong(match -> match.pack().id()))
                .toList();
        return new MatchResult(ranked, rankedPacks, needs.financing());
    }

    ExpertMatch score(MatchNeeds needs, ExpertCandidate expert) {
        int score = 0;
        List<MatchReason> reasons = new ArrayList<>();
        if (expert.departements().contains(needs.departement())) {
            score += DEPARTEMENT;
            reasons.add(MatchReason.of("departement", needs.departement()));
        } else {
            score += REMOTE_ONLY;
            reasons.add(MatchReason.of("remote"));
        }
        List<Integer> priorities = covered(needs.priorities(), expert.skills());
        List<Integer> needsCovered = covered(needsBeyond(needs), expert.skills());
        score += priorities.size() * PRIORITY_SKILL + needsCovered.size() * NEED_SKILL;
        List<Integer> skills = new ArrayList<>(new LinkedHashSet<>(concat(priorities, needsCovered)));
        if (!skills.isEmpty()) {
            reasons.add(MatchReason.of("skills", List.copyOf(skills)));
        }
        int clients = expert.clientsBySector().getOrDefault(needs.sector(), 0);
        if (clients > 0) {
            score += Math.min(CLIENTS_IN_SECTOR_MAX, clients * CLIENT_IN_SECTOR);
            reasons.add(MatchReason.of("sector-clients", clients));
        } else if (expert.clientsBySector().containsKey(needs.sector())) {
            score += SECTOR_SERVED;
            reasons.add(MatchReason.of("sector"));
        }
        boolean atCapacity = expert.availableThisMonth() == 0;
        if (atCapacity) {
            reasons.add(MatchReason.of("full"));
        } else {
            score += ROOM_THIS_MONTH;
            reasons.add(MatchReason.of("capacity", expert.availableThisMonth()));
        }
        return new ExpertMatch(expert, score, List.copyOf(reasons), atCapacity);
    }

    PackMatch score(MatchNeeds needs, PackCandidate pack, ExpertMatch expert) {
        int score = expert.score();
        List<MatchReason> reasons = new ArrayList<>();
        List<Integer> priorities = covered(needs.priorities(), pack.modules());
        List<Integer> needsCovered = covered(needsBeyond(needs), pack.modules());
        score += priorities.size() * PACK_PRIORITY + needsCovered.size() * PACK_NEED;
        if (!priorities.isEmpty() || !needsCovered.isEmpty()) {
            reasons.add(MatchReason.of("pack-covers", List.copyOf(concat(priorities, needsCovered))));
        }
        if (pack.fitsSize(needs.employees())) {
            score += PACK_SIZE;
            reasons.add(MatchReason.of("pack-size", pack.minEmployees(), pack.maxEmployees()));
        }
        if (pack.financing().contains(needs.financing())) {
            score += PACK_FINANCING;
            reasons.add(MatchReason.of("pack-financing", needs.financing()));
        }
        return new PackMatch(pack, expert, score, List.copyOf(reasons));
    }

    private static List<Integer> needsBeyond(MatchNeeds needs) {
        return needs.weakestModules().stream()
                .filter(module -> !needs.priorities().contains(module))
                .limit(NEEDS_CONSIDERED)
                .toList();
    }

    private static List<Integer> covered(List<Integer> wanted, Set<Integer> offered) {
        return wanted.stream().filter(offered::contains).toList();
    }

    private static List<Integer> concat(List<Integer> first, List<Integer> second) {
        List<Integer> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
