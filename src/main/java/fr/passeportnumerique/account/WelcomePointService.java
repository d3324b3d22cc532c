package fr.passeportnumerique.account;

import fr.passeportnumerique.base.database.RetriedOnConflict;
import fr.passeportnumerique.base.territory.Territories;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finding a welcome point near you, and joining it. */
@Service
public class WelcomePointService {

    public static final int MAX_RESULTS = 50;
    private final WelcomePointRepository points;
    private final SignedInAccount signedIn;

    WelcomePointService(WelcomePointRepository points, SignedInAccount signedIn) {
        this.points = points;
        this.signedIn = signedIn;
    }

    /**
     * Points near what a person typed: a postcode (its département, the same postcode first), a département code
     * or name, or the start of a town's name.
     */
    @Transactional(readOnly = true)
    @PermitAll
    public List<WelcomePointDetails> search(String query) {
        String text = query == null ? "" : query.strip();
        if (text.length() < 2 || text.length() > 100) {
            return List.of();
        }
        List<WelcomePoint> found;
        if (text.matches("\\d{5}")) {
            String departement =
                    Territories.departementOfPostcode(text).map(d -> d.code()).orElse("");
            found = points.findNear(text, departement, Limit.of(MAX_RESULTS));
        } else {
            found = Territories.departements().stream()
                    .filter(d -> d.code().equalsIgnoreCase(text) || d.name().equalsIgnoreCase(text))
                    .findFirst()
                    .map(d -> points.findNear(d.code(), d.code(), Limit.of(MAX_RESULTS)))
                    .orElseGet(() -> points.findByTownStart(
                            WelcomePointRepository.townStart(text.toLowerCase(Locale.FRENCH)), Limit.of(MAX_RESULTS)));
        }
        return found.stream()
                .map(WelcomePoint::details)
                .sorted(Comparator.comparing(
                        (WelcomePointDetails p) -> !p.postcode().equals(text)))
                .toList();
    }

    @Transactional(readOnly = true)
    @RolesAllowed(AppRoles.ADMIN)
    public List<WelcomePointDetails> all() {
        return points.findAll(Sort.by("departement", "town", "name")).stream()
                .map(WelcomePoint::details)
                .toList();
    }

    /** Creates ({@code id} null) or updates a welcome point; its département and region follow its postcode. */
    @Transactional
    @RolesAllowed(AppRoles.ADMIN)
    public long save(WelcomePointDetails details) {
        Map<String, String> problems = WelcomePointRules.problems(details);
        if (!problems.isEmpty()) {
            throw new RegistrationException(problems);
        }
        var departement = Territories.departementOfPostcode(details.postcode()).orElseThrow();
        WelcomePointDetails located = new WelcomePointDetails(
                details.id(),
                details.type(),
                details.name().strip(),
                details.address().strip(),
                details.postcode(),
                details.town().strip(),
                departement.code(),
                departement.regionCode(),
                details.openingHours().strip(),
                details.phone().strip(),
                details.email().strip());
        if (located.id() == null) {
            return points.save(new WelcomePoint(located)).getId();
        }
        WelcomePoint point = points.findById(located.id())
                .orElseThrow(() -> new IllegalArgumentException("No welcome point " + located.id()));
        point.replaceWith(located);
        return point.getId();
    }

    @Transactional(readOnly = true)
    @PermitAll
    public long count() {
        return points.count();
    }

    /** The signed-in learner attaches themself to a welcome point. */
    @RetriedOnConflict
    @Transactional
    @RolesAllowed(AppRoles.LEARNER)
    public void join(long welcomePointId) {
        UserAccount account = signedIn.get();
        account.joinWelcomePoint(points.findById(welcomePointId)
                .orElseThrow(() -> new IllegalArgumentException("No welcome point " + welcomePointId)));
    }
}
