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
}
