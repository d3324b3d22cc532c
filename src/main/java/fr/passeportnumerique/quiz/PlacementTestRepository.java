package fr.passeportnumerique.quiz;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PlacementTestRepository extends JpaRepository<PlacementTest, Long> {

    Optional<PlacementTest> findFirstByAccountIdAndFinishedAtIsNullOrderByIdDesc(long accountId);

    Optional<PlacementTest> findFirstByAccountIdAndFinishedAtIsNotNullOrderByIdDesc(long accountId);

    /** The test, locked until the transaction ends: two submissions of one answer happen one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from PlacementTest t where t.id = :id")
    Optional<PlacementTest> findForUpdate(long id);
}
