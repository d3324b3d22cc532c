package fr.passeportnumerique.handoff;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface HandoffRequestRepository extends JpaRepository<HandoffRequest, Long> {

    List<HandoffRequest> findByAccountIdOrderByCreatedAtDesc(long accountId);

    List<HandoffRequest> findByExpertIdOrderByUpdatedAtDesc(long expertId);

    long countByAccountIdAndStatusIn(long accountId, Collection<HandoffStatus> statuses);

    boolean existsByAccountIdAndExpertIdAndStatusIn(long accountId, long expertId, Collection<HandoffStatus> statuses);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from HandoffRequest r where r.id = :id")
    Optional<HandoffRequest> lockById(long id);
}
