package fr.passeportnumerique.account;

import fr.passeportnumerique.account.internal.WelcomePointGenerator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The embedded default's demo: fictional welcome points and one account per role, created once (when there is
 * no welcome point yet). Their password is in the README. The production profile turns this off.
 */
@Component
@ConditionalOnBooleanProperty(name = "passeport.demo-data", matchIfMissing = true)
class DemoData {

    static final String PASSWORD = DemoAccounts.PASSWORD;
    static final String DOMAIN = "@example.org";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final WelcomePointRepository points;
    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final Clock clock;

    DemoData(WelcomePointRepository points, UserAccountRepository accounts, PasswordEncoder encoder, Clock clock) {
        this.points = points;
        this.accounts = accounts;
        this.encoder = encoder;
        this.clock = clock;
    }

    /** Runs before other features' demo data, which build on these accounts. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    @Transactional
    public void seedOnce() {
        if (points.count() > 0) {
            return;
        }
        List<WelcomePoint> created = points.saveAll(
                WelcomePointGenerator.generate().stream().map(WelcomePoint::new).toList());
        WelcomePoint lyon = created.stream()
                .filter(point ->
                        point.details().town().equals("Lyon") && point.details().type() == WelcomePointType.CCI)
                .findFirst()
                .orElseThrow();
        String hash = encoder.encode(PASSWORD);
        account("admin", "Alice Administratrice", hash, AppRoles.ADMIN);
        account("formateur", "Fabien Formateur", hash, AppRoles.TRAINER);
        account("expert", "Estelle Experte", hash, AppRoles.EXPERT);
        account("superviseur", "Sophie Superviseure", hash, AppRoles.REGIONAL_SUPERVISOR)
                .superviseRegion(lyon.getRegion());
        account("accueil", "Paul Accueil", hash, AppRoles.WELCOME_STAFF).joinWelcomePoint(lyon);
        UserAccount learner = account("apprenant", "Léa Apprenante", hash, AppRoles.LEARNER);
        learner.attachCompany(new Company(new CompanyDetails(
                "Boulangerie Exemple SARL", "12345678901237", Sector.C, 3, LocalDate.of(2023, 3, 1), "69001", "69")));
        learner.joinWelcomePoint(lyon);
        WelcomePoint rennes = created.stream()
                .filter(point -> point.details().town().equals("Rennes")
                        && point.details().type() == WelcomePointType.POST_OFFICE)
                .findFirst()
                .orElseThrow();
        learner(
                "apprenant2",
                "Marc Plombier",
                hash,
                lyon,
                new CompanyDetails(
                        "Plomberie Exemple", "55555555500005", Sector.F, 0, LocalDate.of(2016, 9, 12), "69003", "69"));
        learner(
                "apprenant3",
                "Nadia Coiffeuse",
                hash,
                rennes,
                new CompanyDetails(
                        "Coiffure Exemple EURL",
                        "99900000100001",
                        Sector.S,
                        2,
                        LocalDate.of(2025, 1, 6),
                        "35000",
                        "35"));
        log.info("Demo data: {} welcome points and {} accounts (password in the README)", created.size(), 8);
    }

    private void learner(String name, String fullName, String hash, WelcomePoint point, CompanyDetails company) {
        UserAccount learner = account(name, fullName, hash, AppRoles.LEARNER);
        learner.attachCompany(new Company(company));
        learner.joinWelcomePoint(point);
    }

    private UserAccount account(String name, String fullName, String hash, String role) {
        return accounts.save(new UserAccount(name + DOMAIN, fullName, hash, Set.of(role), clock.instant()));
    }
}
