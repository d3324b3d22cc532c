package fr.passeportnumerique.handoff;

import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.account.AccountSummary;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.account.CompanyDetails;
import fr.passeportnumerique.account.WelcomePointDetails;
import fr.passeportnumerique.base.database.RetriedOnConflict;
import fr.passeportnumerique.base.i18n.Dates;
import fr.passeportnumerique.directory.ExpertCandidate;
import fr.passeportnumerique.directory.ExpertDirectory;
import fr.passeportnumerique.directory.ExpertSummary;
import fr.passeportnumerique.directory.PackCandidate;
import fr.passeportnumerique.directory.PackSummary;
import fr.passeportnumerique.learning.ProgressOverview;
import fr.passeportnumerique.learning.ProgressService;
import fr.passeportnumerique.quiz.ModulePlacement;
import fr.passeportnumerique.quiz.PlacementLevel;
import fr.passeportnumerique.quiz.PlacementResults;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The learner's side of the hand-off: recommended experts and packs, requests sent with consent, their follow-up and
 * withdrawal. Every step publishes {@link HandoffStatusChanged} and notifies the other side by e-mail.
 */
@Service
public class HandoffService {

    /** Fields added to the shared profile later must not make older requests unreadable. */
    static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final AccountService accounts;
    private final ProgressService progress;
    private final ActionPlanService plan;
    private final PlacementResults placements;
    private final ExpertDirectory directory;
    private final HandoffRequestRepository requests;
    private final HandoffMails mails;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ExpertScoring scoring = new ExpertScoring();

    HandoffService(
            AccountService accounts,
            ProgressService progress,
            ActionPlanService plan,
            ExpertDirectory directory,
            HandoffRequestRepository requests,
            HandoffMails mails,
            ApplicationEventPublisher events,
            Clock clock,
            PlacementResults placements) {
        this.placements = placements;
        this.accounts = accounts;
        this.progress = progress;
        this.plan = plan;
        this.directory = directory;
        this.requests = requests;
        this.mails = mails;
        this.events = events;
        this.clock = clock;
    }

    /** Ranked experts and packs for the signed-in learner's company; empty when no company is known. */
    @Transactional(readOnly = true)
    @RolesAllowed(AppRoles.LEARNER)
    public Optional<MatchResult> recommendations() {
        return company().map(company -> match(needs(company, progress.overview())));
    }

    /** The learner's page in one transaction, their progress read once for matching and for the module 20 rule. */
    @Transactional(readOnly = true)
    @RolesAllowed(AppRoles.LEARNER)
    public HandoffPage page() {
        ProgressOverview overview = progress.overview();
        return new HandoffPage(
                company().map(company -> match(needs(company, overview))),
                LearnerNeeds.mayRequest(overview),
                myRequests());
    }

    MatchResult match(MatchNeeds needs) {
        return scoring.rank(needs, candidates(), packCandidates(), Dates.today(clock));
    }

    List<ExpertCandidate> candidates() {
        return directory.candidates();
    }

    List<PackCandidate> packCandidates() {
        return directory.packCandidates();
    }

    /** A graduate, or a learner who completed module 20, may send requests. */
    @Transactional(readOnly = true)
    @RolesAllowed(AppRoles.LEARNER)
    public boolean mayRequest() {
        return LearnerNeeds.mayRequest(progress.overview());
    }

    /**
     * Sends the request to each chosen expert, or to none: every check is made before anything is written, and a
     * refusal says why ({@link HandoffException#messageKey()}).
     */
    @RetriedOnConflict
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @RolesAllowed(AppRoles.LEARNER)
    public List<Long> send(HandoffChoice choice) {
        choice.problem().ifPresent(problem -> {
            throw new HandoffException(problem);
        });
        // Two sends at once take turns on the account's row; read committed, the checks below then see the requests
        // the other one wrote (a repeatable read would keep the snapshot taken before the wait).
        AccountSummary account = accounts.currentAccountTakingTurns();
        CompanyDetails company = account.company().orElseThrow(() -> new HandoffException("handoff.error.no-company"));
        ProgressOverview overview = progress.overview();
        checkMayAsk(account.id(), overview, choice);
        String shared =
                JSON.writeValueAsString(LearnerNeeds.shared(account, company, needs(company, overview), overview));
        Instant now = clock.instant();
        return choice.picks().stream()
                .map(pick -> store(new HandoffRequest(
                        account.id(),
                        pick.expertId(),
                        pick.packId(),
                        account.welcomePoint().map(WelcomePointDetails::id),
                        company.sector(),
                        shared,
                        choice.message().map(String::strip).filter(text -> !text.isEmpty()),
                        now)))
                .toList();
    }

    private void checkMayAsk(long accountId, ProgressOverview overview, HandoffChoice choice) {
        if (!LearnerNeeds.mayRequest(overview)) {
            throw new HandoffException("handoff.error.not-yet");
        }
        if (requests.countByAccountIdAndStatusIn(accountId, OPEN)
                        + choice.picks().size()
                > HandoffChoice.MAX_EXPERTS) {
            throw new HandoffException("handoff.error.too-many-open");
        }
        Map<Long, ExpertCandidate> available =
                directory.candidates().stream().collect(Collectors.toMap(ExpertCandidate::id, Function.identity()));
        choice.picks().forEach(pick -> check(pick, accountId, available));
    }

    /** Saves a request, publishes its first step and tells the expert. */
    private long store(HandoffRequest request) {
        HandoffRequest saved = requests.save(request);
        events.publishEvent(saved.changed());
        mails.requested(directory.summary(saved.getExpertId()).orElseThrow(), profileOf(saved), saved.getAccountId());
        return saved.getId();
    }

    @Transactional(readOnly = true)
    @RolesAllowed(AppRoles.LEARNER)
    public List<LearnerRequest> myRequests() {
        return requests.findByAccountIdOrderByCreatedAtDesc(accounts.currentAccountId()).stream()
                .map(request -> learnerRequest(request, directory.summary(request.getExpertId())))
                .toList();
    }

    private LearnerRequest learnerRequest(HandoffRequest request, Optional<ExpertSummary> expert) {
        return new LearnerRequest(
                request.getId(),
                request.getExpertId(),
                expert.map(ExpertSummary::companyName).orElse(""),
                expert.map(ExpertSummary::withdrawn).orElse(true),
                request.getPackId().flatMap(directory::pack).map(PackSummary::title),
                request.getStatus(),
                request.getExpertMessage(),
                request.getCreatedAt(),
                request.getUpdatedAt());
    }

    /** Withdraws one of the signed-in learner's open requests; another person's request is not found. */
    @Transactional
    @RolesAllowed(AppRoles.LEARNER)
    public void withdraw(long requestId) {
        long account = accounts.currentAccountId();
        HandoffRequest request = requests.lockById(requestId)
                .filter(found -> found.getAccountId() == account)
                .orElseThrow(() -> new HandoffException("handoff.error.not-found"));
        request.withdraw(clock.instant());
        events.publishEvent(request.changed());
        directory
                .summary(request.getExpertId())
                .ifPresent(expert -> mails.withdrawn(expert, profileOf(request), request.getAccountId()));
    }

    private void check(HandoffChoice.Pick pick, long accountId, Map<Long, ExpertCandidate> available) {
        ExpertCandidate expert = available.get(pick.expertId());
        if (expert == null || !expert.isAccreditedOn(Dates.today(clock))) {
            throw new HandoffException("handoff.error.expert-unavailable");
        }
        if (expert.availableThisMonth() == 0) {
            throw new HandoffException("handoff.error.expert-full");
        }
        if (requests.existsByAccountIdAndExpertIdAndStatusIn(accountId, pick.expertId(), OPEN)) {
            throw new HandoffException("handoff.error.already");
        }
        pick.packId()
                .ifPresent(packId -> directory
                        .pack(packId)
                        .filter(pack -> pack.expertId() == pick.expertId() && pack.published())
                        .orElseThrow(() -> new HandoffException("handoff.error.pack")));
    }

    private MatchNeeds needs(CompanyDetails company, ProgressOverview overview) {
        return LearnerNeeds.of(company, overview, plan.priorities(), placementGaps(), Dates.today(clock));
    }

    /** The modules the learner's placement test found to discover, then to strengthen, as module numbers. */
    private List<Integer> placementGaps() {
        return placements.mine().stream()
                .flatMap(outcome -> outcome.modules().stream())
                .filter(module -> module.level() != PlacementLevel.ACQUIS)
                .sorted(Comparator.comparing((ModulePlacement module) -> module.level() != PlacementLevel.A_DECOUVRIR)
                        .thenComparingInt(ModulePlacement::moduleNumber))
                .map(ModulePlacement::moduleNumber)
                .toList();
    }

    private Optional<CompanyDetails> company() {
        return accounts.currentAccount().flatMap(AccountSummary::company);
    }

    static SharedProfile profileOf(HandoffRequest request) {
        return JSON.readValue(request.getSharedProfile(), SharedProfile.class);
    }

    private static final List<HandoffStatus> OPEN =
            List.of(HandoffStatus.SENT, HandoffStatus.ACCEPTED, HandoffStatus.QUOTE_SENT);
}
