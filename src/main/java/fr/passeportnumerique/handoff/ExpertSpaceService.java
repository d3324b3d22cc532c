package fr.passeportnumerique.handoff;

import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.directory.Accreditation;
import fr.passeportnumerique.directory.ExpertDirectory;
import fr.passeportnumerique.directory.ExpertListing;
import fr.passeportnumerique.directory.ExpertPage;
import fr.passeportnumerique.directory.PackSummary;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The expert's side of the hand-off: the requests addressed to the expert the signed-in account runs, and their
 * steps. A request addressed to another expert is never shown nor changed: it is "not found". The expert's profile
 * and packs are the directory's ({@link ExpertListing}).
 */
@Service
public class ExpertSpaceService {

    private final ExpertListing listing;
    private final ExpertDirectory directory;
    private final HandoffRequestRepository requests;
    private final HandoffMails mails;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ExpertSpaceService(
            ExpertListing listing,
            ExpertDirectory directory,
            HandoffRequestRepository requests,
            HandoffMails mails,
            ApplicationEventPublisher events,
            Clock clock) {
        this.listing = listing;
        this.directory = directory;
        this.requests = requests;
        this.mails = mails;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @RolesAllowed(AppRoles.EXPERT)
    public List<IncomingRequest> requests() {
        return listing.myExpert()
                .map(expert -> requests.findByExpertIdOrderByUpdatedAtDesc(expert.id()).stream()
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
        ExpertPage expert = listing.myExpert().orElseThrow(() -> new HandoffException("handoff.error.not-found"));
        HandoffRequest request = requests.lockById(requestId)
                .filter(found -> found.getExpertId() == expert.id())
                .orElseThrow(() -> new HandoffException("handoff.error.not-found"));
        if (next == HandoffStatus.ACCEPTED && expert.accreditation() != Accreditation.VALID) {
            throw new HandoffException("expert-space.error.not-accredited");
        }
        Instant now = clock.instant();
        request.expertMoves(next, message.map(String::strip).filter(text -> !text.isEmpty()), now);
        if (next == HandoffStatus.SIGNED) {
            listing.countClient(request.getSector());
        }
        events.publishEvent(request.changed());
        mails.answered(
                HandoffService.profileOf(request),
                request.getAccountId(),
                expert.profile().companyName(),
                next);
    }

    private IncomingRequest incoming(HandoffRequest request) {
        return new IncomingRequest(
                request.getId(),
                HandoffService.profileOf(request),
                request.getPackId().flatMap(directory::pack).map(PackSummary::title),
                request.getLearnerMessage(),
                request.getStatus(),
                request.getExpertMessage(),
                request.getCreatedAt(),
                request.getUpdatedAt());
    }
}
