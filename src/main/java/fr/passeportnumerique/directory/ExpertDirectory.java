package fr.passeportnumerique.directory;

import fr.passeportnumerique.base.i18n.Dates;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public directory of accredited experts and their pack offers, open to anyone; matching reads it too. */
@Service
public class ExpertDirectory {

    private final ExpertRows rows;
    private final ExpertRepository experts;
    private final PackOfferRepository packs;
    private final Clock clock;

    ExpertDirectory(ExpertRows rows, ExpertRepository experts, PackOfferRepository packs, Clock clock) {
        this.rows = rows;
        this.experts = experts;
        this.packs = packs;
        this.clock = clock;
    }

    /**
     * Experts accredited today who pass the filter, by name. Remote experts count as serving every département, after
     * those who work in it.
     */
    @Transactional(readOnly = true)
    @PermitAll
    public List<ExpertCard> find(ExpertFilter filter) {
        LocalDate today = Dates.today(clock);
        Comparator<ExpertCard> localFirst = Comparator.comparing(card -> filter.departement()
                .map(code -> !card.candidate().departements().contains(code))
                .orElse(false));
        return rows.all(monthStart(clock)).stream()
                .filter(card -> card.candidate().isAccreditedOn(today))
                .filter(card -> filter.accepts(card.candidate()))
                .sorted(localFirst)
                .toList();
    }

    /** Any expert's profile, an expired or suspended one included: the page says so. */
    @Transactional(readOnly = true)
    @PermitAll
    public Optional<ExpertPage> expert(long id) {
        LocalDate today = Dates.today(clock);
        return experts.findById(id)
                .map(expert -> new ExpertPage(
                        id,
                        expert.profile(),
                        expert.accreditationOn(today),
                        packs.findByExpertIdOrderByTitle(id).stream()
                                .filter(PackOffer::isPublished)
                                .map(pack -> listing(pack, expert.profile().companyName()))
                                .toList()));
    }

    /** Published packs of experts accredited today, optionally those covering one module's needs. */
    @Transactional(readOnly = true)
    @PermitAll
    public List<PackListing> packs(Optional<Integer> module) {
        Map<Long, ExpertCard> accredited =
                find(ExpertFilter.none()).stream().collect(Collectors.toMap(ExpertCard::id, Function.identity()));
        return packs.findAllByOrderById().stream()
                .filter(PackOffer::isPublished)
                .filter(pack -> accredited.containsKey(pack.getExpertId()))
                .filter(pack -> module.map(pack.details().modules()::contains).orElse(true))
                .map(pack -> listing(pack, accredited.get(pack.getExpertId()).companyName()))
                .sorted(Comparator.comparing(
                                (PackListing listing) -> listing.details().title())
                        .thenComparing(PackListing::expertName))
                .toList();
    }

    /** Every expert as matching sees them, accredited or not, with the clients they accepted this month. */
    @Transactional(readOnly = true)
    @PermitAll
    public List<ExpertCandidate> candidates() {
        return rows.all(monthStart(clock)).stream().map(ExpertCard::candidate).toList();
    }

    /** Published packs as matching sees them. */
    @Transactional(readOnly = true)
    @PermitAll
    public List<PackCandidate> packCandidates() {
        return rows.packs();
    }

    /** Any expert, a withdrawn one included, as a request to them needs them. */
    @Transactional(readOnly = true)
    public Optional<ExpertSummary> summary(long expertId) {
        return experts.findById(expertId).map(expert -> {
            ExpertProfile profile = expert.profile();
            return new ExpertSummary(
                    expertId,
                    profile.companyName(),
                    profile.contact(),
                    Optional.ofNullable(expert.getAccountId()),
                    expert.isWithdrawn());
        });
    }

    /** Any pack, an unpublished one included, as a request naming it needs it. */
    @Transactional(readOnly = true)
    public Optional<PackSummary> pack(long packId) {
        return packs.findById(packId)
                .map(pack -> new PackSummary(
                        packId, pack.getExpertId(), pack.details().title(), pack.isPublished()));
    }

    /** The first instant of the current month in metropolitan France: capacity counts from there. */
    static Instant monthStart(Clock clock) {
        return Dates.today(clock).withDayOfMonth(1).atStartOfDay(Dates.PARIS).toInstant();
    }

    private static PackListing listing(PackOffer pack, String expertName) {
        return new PackListing(pack.getId(), pack.getExpertId(), expertName, pack.details());
    }
}
