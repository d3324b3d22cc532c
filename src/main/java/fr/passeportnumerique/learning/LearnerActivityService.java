package fr.passeportnumerique.learning;

import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.base.activity.ActivityTracker;
import fr.passeportnumerique.base.activity.LearnerActivity;
import fr.passeportnumerique.base.activity.Place;
import fr.passeportnumerique.base.database.RetriedOnConflict;
import fr.passeportnumerique.curriculum.CurriculumService;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps what learners' pages report (never trusting the page: seconds and percentages are clamped): the place they were last reading (for "Continuer") and the active time they
 * spent on each module. Reaching the end of a lesson marks it done.
 */
@Service
class LearnerActivityService implements LearnerActivity {

    private static final String LEARNER_AUTHORITY = "ROLE_" + AppRoles.LEARNER;

    private final LearningPositionRepository positions;
    private final LearningService learning;
    private final CurriculumService curriculum;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LearnerActivityService(
            LearningPositionRepository positions,
            LearningService learning,
            CurriculumService curriculum,
            AccountService accounts,
            ApplicationEventPublisher events,
            Clock clock) {
        this.positions = positions;
        this.learning = learning;
        this.curriculum = curriculum;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @PermitAll
    public boolean isTracked() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.getAuthorities().stream()
                        .anyMatch(authority -> LEARNER_AUTHORITY.equals(authority.getAuthority()));
    }

    @Override
    @RetriedOnConflict
    @Transactional
    @RolesAllowed(AppRoles.LEARNER)
    public void record(Place place, int scrollPercent, int activeSeconds) {
        if (!exists(place)) {
            return;
        }
        long learner = accounts.currentAccountId();
        Instant now = clock.instant();
        // Every reading learner reports every few seconds: rows are changed in place, without reading them first.
        int scroll = Math.clamp(scrollPercent, 0, 100);
        String lesson = place.lessonSlug().orElse(null);
        if (positions.moveTo(learner, place.moduleSlug(), lesson, scroll, now) == 0) {
            positions.insertIfAbsent(learner, place.moduleSlug(), now);
            positions.moveTo(learner, place.moduleSlug(), lesson, scroll, now);
        }
        int seconds = Math.clamp(activeSeconds, 0, ActivityTracker.REPORT_SECONDS);
        if (seconds > 0) {
            learning.addTime(learner, place.moduleSlug(), seconds, now);
            events.publishEvent(new LearnerWasActive(learner, now));
        }
    }

    @Override
    @RetriedOnConflict
    @Transactional
    @RolesAllowed(AppRoles.LEARNER)
    public void reachedEnd(Place place) {
        place.lessonSlug().ifPresent(lesson -> {
            if (exists(place)) {
                learning.completeLesson(place.moduleSlug(), lesson);
            }
        });
    }

    @Override
    @Transactional(readOnly = true)
    @RolesAllowed(AppRoles.LEARNER)
    public Optional<Integer> savedScroll(Place place) {
        return positions
                .findByAccountId(accounts.currentAccountId())
                .filter(position -> position.isAt(place))
                .map(LearningPosition::getScrollPercent);
    }

    @Override
    @Transactional(readOnly = true)
    @PermitAll
    public Optional<String> currentModule() {
        if (!isTracked()) {
            return Optional.empty();
        }
        return positions
                .findByAccountId(accounts.currentAccountId())
                .map(position -> position.place().moduleSlug());
    }

    private boolean exists(Place place) {
        return place.lessonSlug()
                .map(lesson -> curriculum.lesson(place.moduleSlug(), lesson).isPresent())
                .orElseGet(() -> curriculum.module(place.moduleSlug()).isPresent());
    }
}
