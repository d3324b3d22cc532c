package fr.passeportnumerique.base.mail;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OutboxMailRepository extends JpaRepository<OutboxMail, Long> {

    List<OutboxMail> findAllByOrderByIdDesc(Limit limit);

    @Query("select m from OutboxMail m where m.recipientAccountId = :account or m.subjectAccountId = :account"
            + " or m.recipient = :address order by m.id")
    List<OutboxMail> findAllOf(long account, String address);

    @Modifying
    @Query("delete from OutboxMail m where m.recipientAccountId = :account or m.subjectAccountId = :account"
            + " or m.recipient = :address")
    int deleteAllOf(long account, String address);

    @Modifying
    @Query("delete from OutboxMail m where m.sentAt < :before")
    int deleteSentBefore(Instant before);

    /**
     * Claims the mail for delivery until {@code until}: at most one node at a time holds it, and never once it is sent.
     * Returns 1 when this caller has it.
     */
    @Modifying
    @Query("update OutboxMail m set m.deliveryClaimedUntil = :until, m.deliveryAttempts = m.deliveryAttempts + 1"
            + " where m.id = :id and m.sentAt is null"
            + " and (m.deliveryClaimedUntil is null or m.deliveryClaimedUntil < :now)")
    int claim(long id, Instant now, Instant until);

    /** Mails written before {@code before} and still not delivered, nor claimed by a node now. */
    @Query("select m.id from OutboxMail m where m.sentAt is null and m.createdAt < :before"
            + " and m.deliveryAttempts < :maxAttempts"
            + " and (m.deliveryClaimedUntil is null or m.deliveryClaimedUntil < :now) order by m.id")
    List<Long> findLeftUndelivered(Instant before, Instant now, int maxAttempts, Limit limit);
}
