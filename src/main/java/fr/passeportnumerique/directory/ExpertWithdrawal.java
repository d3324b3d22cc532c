package fr.passeportnumerique.directory;

import fr.passeportnumerique.account.AccountDeleted;
import fr.passeportnumerique.search.SearchContentChanged;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * An expert who deletes their account leaves the programme: their card leaves the directory and loses the contact
 * details that name a person; learners' requests to them keep working and show them as withdrawn. Runs in the
 * deleting transaction, while the expert row still points to the account.
 */
@Component
class ExpertWithdrawal {

    private final ExpertRepository experts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ExpertWithdrawal(ExpertRepository experts, ApplicationEventPublisher events, Clock clock) {
        this.experts = experts;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(AccountDeleted deleted) {
        experts.findByAccountId(deleted.accountId()).ifPresent(expert -> {
            expert.withdraw(clock.instant());
            experts.saveAndFlush(expert);
            events.publishEvent(new SearchContentChanged());
        });
    }
}
