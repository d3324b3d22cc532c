package fr.passeportnumerique.records;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface QueuedStatementRepository extends JpaRepository<QueuedStatement, Long> {

    /**
     * Claims a due statement for one try until {@code until}: at most one node at a time holds it, and never once it
     * is delivered or given up. Returns 1 when this caller has it.
     */
    @Modifying
    @Query("update QueuedStatement s set s.deliveryClaimedUntil = :until, s.deliveryAttempts = s.deliveryAttempts + 1"
            + " where s.id = :id and s.sentAt is null and s.failedAt is null and s.nextAttemptAt <= :now"
            + " and (s.deliveryClaimedUntil is null or s.deliveryClaimedUntil < :now)")
    int claim(long id, Instant now, Instant until);

    /** Statements due for a try and claimed by no node now. */
    @Query("select s.id from QueuedStatement s where s.sentAt is null and s.failedAt is null"
            + " and s.nextAttemptAt <= :now and (s.deliveryClaimedUntil is null or s.deliveryClaimedUntil < :now)"
            + " order by s.id")
    List<Long> findDue(Instant now, Limit limit);

    @Modifying
    @Query("delete from QueuedStatement s where s.accountId = :account")
    int deleteAllOf(long account);

    @Modifying
    @Query("delete from QueuedStatement s where s.sentAt < :before")
    int deleteSentBefore(Instant before);
}
