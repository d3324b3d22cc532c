package fr.passeportnumerique.account;

import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates learners' accounts and tells people who they are. */
@Service
public class AccountService {

    private final UserAccountRepository accounts;
    private final WelcomePointRepository welcomePoints;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final SignedInAccount signedIn;
    private final RegistrationRules rules = new RegistrationRules();

    AccountService(
            UserAccountRepository accounts,
            WelcomePointRepository welcomePoints,
            PasswordEncoder passwordEncoder,
            Clock clock,
            SignedInAccount signedIn) {
        this.signedIn = signedIn;
        this.accounts = accounts;
        this.welcomePoints = welcomePoints;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** Anyone may register as a learner; a refused registration throws and stores nothing. */
    @Transactional
    @PermitAll
    public long register(Registration registration) {
        Map<String, String> problems = new LinkedHashMap<>(rules.problems(registration, LocalDate.now(clock)));
        String email = UserAccount.normaliseEmail(registration.email());
        if (!problems.containsKey(RegistrationRules.EMAIL) && accounts.existsByEmail(email)) {
            problems.put(RegistrationRules.EMAIL, "registration.error.email-taken");
        }
        if (!problems.isEmpty()) {
            throw new RegistrationException(problems);
        }
        UserAccount account = new UserAccount(
                email,
                registration.fullName(),
                passwordEncoder.encode(registration.password()),
                Set.of(AppRoles.LEARNER),
                clock.instant());
        account.attachCompany(new Company(registration.company()));
        if (registration.welcomePointId() != null) {
            welcomePoints.findById(registration.welcomePointId()).ifPresent(account::joinWelcomePoint);
        }
        return accounts.save(account).getId();
    }

    /** The person signed in, if anyone is. */
    @Transactional(readOnly = true)
    @PermitAll
    public Optional<AccountSummary> currentAccount() {
        return signedIn.find().map(AccountService::summary);
    }

    /** The signed-in person's account id, for services that security already restricts to signed-in people. */
    @Transactional(readOnly = true)
    @PermitAll
    public long currentAccountId() {
        return signedIn.get().getId();
    }

    static AccountSummary summary(UserAccount account) {
        return new AccountSummary(
                account.getId(),
                account.getEmail(),
                account.getFullName(),
                account.getRoles(),
                account.getCompany().map(Company::details),
                account.getWelcomePoint().map(WelcomePoint::details));
    }
}
