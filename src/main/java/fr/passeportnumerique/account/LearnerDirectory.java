package fr.passeportnumerique.account;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The learners a person may follow: welcome point staff see their point's learners, regional supervisors their
 * region's, administrators everyone's. Asking for anyone else answers "not found", as if they did not exist.
 */
@Service
public class LearnerDirectory {

    private final UserAccountRepository accounts;
    private final AuditLog audit;
    private final SignedInAccount signedIn;

    LearnerDirectory(UserAccountRepository accounts, AuditLog audit, SignedInAccount signedIn) {
        this.accounts = accounts;
        this.audit = audit;
        this.signedIn = signedIn;
    }

    @Transactional(readOnly = true)
    @RolesAllowed({AppRoles.WELCOME_STAFF, AppRoles.REGIONAL_SUPERVISOR, AppRoles.ADMIN})
    public List<AccountSummary> myLearners() {
        Scope scope = Scope.of(viewer());
        return accounts.findByRole(AppRoles.LEARNER).stream()
                .filter(scope::covers)
                .map(AccountService::summary)
                .toList();
    }

    /** One learner, if the signed-in person may see them; each look is written to the audit log. */
    @Transactional
    @RolesAllowed({AppRoles.WELCOME_STAFF, AppRoles.REGIONAL_SUPERVISOR, AppRoles.ADMIN})
    public Optional<AccountSummary> learner(long id) {
        UserAccount viewer = viewer();
        Optional<UserAccount> learner = accounts.findById(id)
                .filter(account -> account.getRoles().contains(AppRoles.LEARNER))
                .filter(Scope.of(viewer)::covers);
        learner.ifPresent(found -> audit.record(viewer.getId(), AuditLog.LEARNER_VIEWED, found.getId(), ""));
        return learner.map(AccountService::summary);
    }

    /** What the signed-in person follows, for the dashboards. */
    @Transactional(readOnly = true)
    @RolesAllowed({AppRoles.WELCOME_STAFF, AppRoles.REGIONAL_SUPERVISOR, AppRoles.ADMIN})
    public FollowScope myScope() {
        Scope scope = Scope.of(viewer());
        return new FollowScope(
                scope.everyone(), Optional.ofNullable(scope.welcomePointId()), Optional.ofNullable(scope.region()));
    }

    private UserAccount viewer() {
        return signedIn.get();
    }

    /** What part of the learners a person covers. */
    private record Scope(boolean everyone, Long welcomePointId, String region) {

        static Scope of(UserAccount viewer) {
            if (viewer.getRoles().contains(AppRoles.ADMIN)) {
                return new Scope(true, null, null);
            }
            Long point = viewer.getRoles().contains(AppRoles.WELCOME_STAFF)
                    ? viewer.getWelcomePoint().map(WelcomePoint::getId).orElse(null)
                    : null;
            String region = viewer.getRoles().contains(AppRoles.REGIONAL_SUPERVISOR)
                    ? viewer.getRegion().orElse(null)
                    : null;
            return new Scope(false, point, region);
        }

        boolean covers(UserAccount learner) {
            if (everyone) {
                return true;
            }
            Optional<WelcomePoint> point = learner.getWelcomePoint();
            return point.isPresent()
                    && ((welcomePointId != null
                                    && welcomePointId.equals(point.get().getId()))
                            || (region != null && region.equals(point.get().getRegion())));
        }
    }
}
