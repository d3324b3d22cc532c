package fr.passeportnumerique.account;

import fr.passeportnumerique.base.i18n.Translations;
import fr.passeportnumerique.base.mail.Mail;
import fr.passeportnumerique.base.mail.MailOutbox;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Welcome point staff invite a business owner: an account attached to their point, and a link to set a password. */
@Service
public class InvitationService {

    public static final Duration VALIDITY = Duration.ofDays(7);
    private final UserAccountRepository accounts;
    private final PasswordResetService links;
    private final PasswordEncoder encoder;
    private final MailOutbox outbox;
    private final AuditLog audit;
    private final Clock clock;
    private final SignedInAccount signedIn;

    InvitationService(
            UserAccountRepository accounts,
            PasswordResetService links,
            PasswordEncoder encoder,
            MailOutbox outbox,
            AuditLog audit,
            Clock clock,
            SignedInAccount signedIn) {
        this.signedIn = signedIn;
        this.accounts = accounts;
        this.links = links;
        this.encoder = encoder;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** Invites a learner to the signed-in staff member's welcome point; refused with field problems otherwise. */
    @Transactional
    @RolesAllowed(AppRoles.WELCOME_STAFF)
    public void invite(String fullName, String email, Locale locale) {
        UserAccount staff = signedIn.get();
        WelcomePoint point = staff.getWelcomePoint()
                .orElseThrow(() -> new IllegalStateException("Staff member without a welcome point"));
        Map<String, String> problems = new LinkedHashMap<>();
        if (!RegistrationRules.isFullName(fullName)) {
            problems.put(RegistrationRules.FULL_NAME, "registration.error.full-name");
        }
        String address = EmailAddresses.canonical(email);
        if (!RegistrationRules.isEmail(address)) {
            problems.put(RegistrationRules.EMAIL, "registration.error.email");
        } else if (accounts.existsByEmail(address)) {
            problems.put(RegistrationRules.EMAIL, "invitation.error.email-taken");
        }
        if (!problems.isEmpty()) {
            throw new RegistrationException(problems);
        }
        UserAccount learner = new UserAccount(
                address, fullName, encoder.encode(TokenSecrets.newSecret()), Set.of(AppRoles.LEARNER), clock.instant());
        learner.joinWelcomePoint(point);
        accounts.save(learner);
        String link = links.newLink(learner, AccountToken.Purpose.INVITATION, VALIDITY);
        outbox.send(new Mail(
                        address,
                        Translations.translate("mail.invitation.subject", locale),
                        Translations.translate(
                                "mail.invitation.body",
                                locale,
                                learner.getFullName(),
                                point.details().name(),
                                link,
                                VALIDITY.toDays()))
                .withOneTimeSecret()
                .about(learner.getId(), learner.getId()));
        audit.record(
                staff.getId(),
                AuditLog.INVITATION_SENT,
                learner.getId(),
                point.details().name());
    }
}
