package fr.passeportnumerique.account;

import fr.passeportnumerique.base.database.RetriedOnConflict;
import fr.passeportnumerique.base.ratelimit.RateLimit;
import fr.passeportnumerique.base.web.ClientAddress;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Creates learners' accounts and tells people who they are. */
@Service
public class AccountService {

    /** How many times an hour one client may be told that an address already has an account. */
    public static final int TAKEN_ADDRESSES_PER_HOUR = 10;

    private final UserAccountRepository accounts;
    private final WelcomePointRepository welcomePoints;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final SignedInAccount signedIn;
    private final RegistrationRules rules = new RegistrationRules();
    private final RateLimit takenAddresses;
    private final CompanyLookup companies;

    AccountService(
            UserAccountRepository accounts,
            WelcomePointRepository welcomePoints,
            PasswordEncoder passwordEncoder,
            Clock clock,
            SignedInAccount signedIn,
            CompanyLookup companies) {
        this.signedIn = signedIn;
        this.companies = companies;
        this.accounts = accounts;
        this.welcomePoints = welcomePoints;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.takenAddresses = RateLimit.perPeriod(clock, TAKEN_ADDRESSES_PER_HOUR, Duration.ofHours(1));
    }

    /** Anyone may register as a learner; a refused registration throws and stores nothing. */
    @RetriedOnConflict
    @Transactional
    @PermitAll
    public long register(Registration registration) {
        Map<String, String> problems = new LinkedHashMap<>(rules.problems(registration, LocalDate.now(clock)));
        String email = EmailAddresses.canonical(registration.email());
        if (!problems.containsKey(RegistrationRules.EMAIL)) {
            takenAddressProblem(email).ifPresent(key -> problems.put(RegistrationRules.EMAIL, key));
        }
        if (registration.company() != null
                && !problems.containsKey(RegistrationRules.SIRET)
                && companies.saidClosed(registration.company().siret())) {
            problems.put(RegistrationRules.SIRET, RegistrationRules.CLOSED_ESTABLISHMENT);
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

    /**
     * The signed-in learner corrects their business's details (typed, or found from the SIRET); refused details throw
     * with what is wrong per field, and nothing changes.
     */
    @Transactional
    @PermitAll
    public void updateMyCompany(CompanyDetails details) {
        Map<String, String> problems = new LinkedHashMap<>(rules.problems(details, LocalDate.now(clock)));
        if (!problems.containsKey(RegistrationRules.SIRET) && companies.saidClosed(details.siret())) {
            problems.put(RegistrationRules.SIRET, RegistrationRules.CLOSED_ESTABLISHMENT);
        }
        if (!problems.isEmpty()) {
            throw new RegistrationException(problems);
        }
        accounts.findLockedById(currentAccountId())
                .flatMap(UserAccount::getCompany)
                .orElseThrow(() -> new IllegalStateException("The signed-in account has no business"))
                .update(details);
    }

    /**
     * Registration says when an address already has an account (decision 006), so one client may be told so only a
     * few times an hour: past that, it is told to come back later, whether the address is taken or not.
     */
    private Optional<String> takenAddressProblem(String email) {
        Optional<String> client = ClientAddress.current();
        if (client.flatMap(takenAddresses::waitFor).isPresent()) {
            return Optional.of("registration.error.too-many-probes");
        }
        if (!accounts.existsByEmail(email)) {
            return Optional.empty();
        }
        client.ifPresent(takenAddresses::take);
        return Optional.of("registration.error.email-taken");
    }

    /** The id of the account an address names, whatever its spelling: what the sign-in throttle counts. */
    @Transactional(readOnly = true)
    @PermitAll
    public Optional<Long> accountIdOf(String email) {
        return accounts.findByEmail(EmailAddresses.canonical(email)).map(UserAccount::getId);
    }

    /** The person signed in, if anyone is. */
    @Transactional(readOnly = true)
    @PermitAll
    public Optional<AccountSummary> currentAccount() {
        return signedIn.find().map(AccountService::summary);
    }

    /**
     * An account by its id, for work a service does on someone's behalf while another person (or nobody) is signed
     * in: the certificate of a learner who graduates because of a publication, for instance.
     */
    @Transactional(readOnly = true)
    @PermitAll
    public Optional<AccountSummary> summaryOf(long accountId) {
        return accounts.findById(accountId).map(AccountService::summary);
    }

    /**
     * The signed-in person's account, its row locked until the caller's transaction ends: two actions of one person
     * at once (two tabs, two devices) take turns, so that the second sees what the first wrote.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    @PermitAll
    public AccountSummary currentAccountTakingTurns() {
        return accounts.findLockedById(currentAccountId())
                .map(AccountService::summary)
                .orElseThrow(() -> new IllegalStateException("The signed-in account no longer exists"));
    }

    /** The signed-in person's account id, for services that security already restricts to signed-in people. */
    @PermitAll
    public long currentAccountId() {
        return signedIn.id().orElseThrow(() -> new IllegalStateException("No signed-in account"));
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
