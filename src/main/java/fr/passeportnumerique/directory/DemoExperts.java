package fr.passeportnumerique.directory;

import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.base.i18n.Dates;
import fr.passeportnumerique.directory.internal.ExpertGenerator;
import fr.passeportnumerique.directory.internal.PackGenerator;
import fr.passeportnumerique.search.SearchContentChanged;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The generated directory for the embedded default (see {@link ExpertGenerator}), written once into an empty
 * directory; the demo expert account runs the first generated expert of Ille-et-Vilaine, who sells the first pack.
 */
@Component
@ConditionalOnBooleanProperty(name = "passeport.demo-data", matchIfMissing = true)
class DemoExperts {

    static final long SEED = 2026;
    static final String DEMO_EXPERT_EMAIL = "expert@example.org";
    /** Where the demo graduate (Nadia, in Rennes) has her business, so that the demo expert is among her matches. */
    static final String DEMO_EXPERT_DEPARTEMENT = "35";

    private static final Logger log = LoggerFactory.getLogger(DemoExperts.class);

    private final ExpertRepository experts;
    private final PackOfferRepository packs;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DemoExperts(
            ExpertRepository experts,
            PackOfferRepository packs,
            AccountService accounts,
            ApplicationEventPublisher events,
            Clock clock) {
        this.experts = experts;
        this.packs = packs;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(20)
    @Transactional
    public void seedOnce() {
        if (experts.count() > 0) {
            return;
        }
        LocalDate today = Dates.today(clock);
        Instant now = clock.instant();
        Optional<Long> demoAccount = accounts.accountIdOf(DEMO_EXPERT_EMAIL);
        List<Expert> saved = new ArrayList<>();
        Expert demoExpert = null;
        for (ExpertProfile profile : new ExpertGenerator(SEED, today).experts()) {
            boolean demo = demoExpert == null
                    && demoAccount.isPresent()
                    && profile.contact().postcode().startsWith(DEMO_EXPERT_DEPARTEMENT)
                    && Accreditation.on(today, profile.accreditedFrom(), profile.accreditedUntil(), false)
                            == Accreditation.VALID;
            Expert expert = new Expert(profile, demo ? demoAccount.get() : null, now);
            demoExpert = demo ? expert : demoExpert;
            saved.add(expert);
        }
        experts.saveAll(saved);
        List<Expert> sellers = saved.stream()
                .filter(expert -> expert.accreditationOn(today) == Accreditation.VALID)
                .toList();
        int pack = 0;
        for (var details : PackGenerator.packs()) {
            for (int copy = 0; copy < PackGenerator.COPIES; copy++) {
                Expert seller = pack == 0 && copy == 0 && demoExpert != null
                        ? demoExpert
                        : sellers.get((pack * 37 + copy * 151) % sellers.size());
                packs.save(new PackOffer(seller.getId(), details, now));
            }
            pack++;
        }
        log.info("Demo directory: {} experts, {} pack offers", saved.size(), pack * PackGenerator.COPIES);
        events.publishEvent(new SearchContentChanged());
    }
}
