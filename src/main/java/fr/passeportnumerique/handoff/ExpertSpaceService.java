package fr.passeportnumerique.handoff;

import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.base.i18n.Dates;
import fr.passeportnumerique.search.SearchContentChanged;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The expert's side of the hand-off: the requests addressed to the expert the signed-in account runs, and their
 * steps. A request addressed to another expert is never shown nor changed: it is "not found".
 */
@Service
public class ExpertSpaceService {

    private final AccountService accounts;
    private final ExpertRepository experts;
    private final PackOfferRepository packs;
    private final HandoffRequestRepository requests;
    private final HandoffMails mails;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ExpertSpaceService(
            AccountService accounts,
            ExpertRepository experts,
            PackOfferRepository packs,
            HandoffRequestRepository requests,
            HandoffMails mails,
            ApplicationEventPublisher events,
            JdbcTemplate jdbc,
            Clock clock) {
        this.accounts = accounts;
        this.experts = experts;
        this.packs = packs;
        this.requests = requests;
        this.mails = mails;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The expert the signed-in account runs, if an administrator linked one. */
    @Transactional(readOnly = true)
    @RolesAllowed(AppRoles.EXPERT)
    public Optional<ExpertPage> myExpert() {
        return experts.findByAccountId(accounts.currentAccountId())
                .map(expert -> new ExpertPage(
                        expert.getId(), expert.profile(), expert.accreditationOn(Dates.today(clock)), List.of()));
    }

    @Transactional(readOnly = true)
    @RolesAllowed(AppRoles.EXPERT)
    public List<IncomingRequest> requests() {
        return experts.findByAccountId(accounts.currentAccountId())
                .map(expert -> requests.findByExpertIdOrderByUpdatedAtDesc(expert.getId()).stream()
                        .map(this::incoming)
                        .toList())
                .orElse(List.of());
    }

    /** Accepts, declines, or records a quote, a signature or no follow-up; the learner is told by e-mail. */
    @Transactional
    @RolesAllowed(AppRoles.EXPERT)
    public void move(long requestId, HandoffStatus next, Optional<String> message) {
        if (message.filter(text -> text.length() > HandoffRequest.MESSAGE_MAX_LENGTH)
                .isPresent()) {
            throw new HandoffException("handoff.error.message-long");
        }
        Expert expert = experts.findByAccountId(accounts.currentAccountId())
                .orElseThrow(() -> new HandoffException("handoff.error.not-found"));
        HandoffRequest request = requests.lockById(requestId)
                .filter(found -> found.getExpertId() == expert.getId())
                .orElseThrow(() -> new HandoffException("handoff.error.not-found"));
        if (next == HandoffStatus.ACCEPTED && expert.accreditationOn(Dates.today(clock)) != Accreditation.VALID) {
            throw new HandoffException("expert-space.error.not-accredited");
        }
        Instant now = clock.instant();
        request.expertMoves(next, message.map(String::strip).filter(text -> !text.isEmpty()), now);
        if (next == HandoffStatus.SIGNED) {
            // The sector's client count feeds matching ("déjà 3 clients dans votre secteur").
            jdbc.update(
                    "insert into expert_sector (expert_id, sector, clients) values (?, ?, 1)"
                            + " on duplicate key update clients = clients + 1",
                    expert.getId(),
                    request.getSector().name());
        }
        events.publishEvent(request.changed());
        mails.answered(
                HandoffService.profileOf(request),
                request.getAccountId(),
                expert.profile().companyName(),
                next);
    }

    /** Changes the signed-in expert's own profile; what is wrong is refused as a whole, nothing half-saved. */
    @Transactional
    @RolesAllowed(AppRoles.EXPERT)
    public void updateProfile(ExpertProfileUpdate update) {
        update.problems().stream().findFirst().ifPresent(problem -> {
            throw new HandoffException(problem);
        });
        Expert expert = mine();
        expert.update(update.appliedTo(expert.profile()));
        events.publishEvent(new SearchContentChanged());
    }

    /** The signed-in expert's packs, unpublished ones included. */
    @Transactional(readOnly = true)
    @RolesAllowed(AppRoles.EXPERT)
    public List<OwnPack> myPacks() {
        Expert expert = mine();
        return packs.findByExpertIdOrderByTitle(expert.getId()).stream()
                .map(pack -> new OwnPack(pack.getId(), pack.details(), pack.isPublished()))
                .toList();
    }

    /** Creates a pack (no id) or changes one of the signed-in expert's; another expert's pack is "not found". */
    @Transactional
    @RolesAllowed(AppRoles.EXPERT)
    public long savePack(Optional<Long> packId, PackDetails details) {
        PackRules.problems(details).stream().findFirst().ifPresent(problem -> {
            throw new HandoffException(problem);
        });
        Expert expert = mine();
        PackOffer pack = packId.map(id -> own(expert, id))
                .orElseGet(() -> new PackOffer(expert.getId(), details, clock.instant()));
        pack.update(details);
        long id = packs.save(pack).getId();
        events.publishEvent(new SearchContentChanged());
        return id;
    }

    @Transactional
    @RolesAllowed(AppRoles.EXPERT)
    public void publishPack(long packId, boolean published) {
        own(mine(), packId).publish(published);
        events.publishEvent(new SearchContentChanged());
    }

    @Transactional
    @RolesAllowed(AppRoles.EXPERT)
    public void deletePack(long packId) {
        packs.delete(own(mine(), packId));
        events.publishEvent(new SearchContentChanged());
    }

    private Expert mine() {
        return experts.findByAccountId(accounts.currentAccountId())
                .orElseThrow(() -> new HandoffException("expert-space.not-linked"));
    }

    private PackOffer own(Expert expert, long packId) {
        return packs.findById(packId)
                .filter(pack -> pack.getExpertId() == expert.getId())
                .orElseThrow(() -> new HandoffException("pack-editor.problem.not-found"));
    }

    private IncomingRequest incoming(HandoffRequest request) {
        return new IncomingRequest(
                request.getId(),
                HandoffService.profileOf(request),
                request.getPackId()
                        .flatMap(packs::findById)
                        .map(pack -> pack.details().title()),
                request.getLearnerMessage(),
                request.getStatus(),
                request.getExpertMessage(),
                request.getCreatedAt(),
                request.getUpdatedAt());
    }
}
