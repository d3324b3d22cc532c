package fr.passeportnumerique.quiz;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface QuizAttemptRepository extends JpaRepository<QuizAttempt, Long> {

    Optional<QuizAttempt> findFirstByAccountIdAndModuleSlugAndSubmittedAtIsNullOrderByIdDesc(
            long accountId, String moduleSlug);

    List<QuizAttempt> findByAccountIdAndModuleSlugAndSubmittedAtIsNotNull(long accountId, String moduleSlug);

    /** The attempt, locked until the transaction ends: two submissions of one attempt happen one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from QuizAttempt a where a.id = :id")
    Optional<QuizAttempt> findForUpdate(long id);

    @Modifying
    @Query("delete from QuizAttempt a where a.accountId = :accountId")
    void deleteByAccountId(long accountId);
}
