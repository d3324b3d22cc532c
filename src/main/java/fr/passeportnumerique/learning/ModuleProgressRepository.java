package fr.passeportnumerique.learning;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ModuleProgressRepository extends JpaRepository<ModuleProgress, Long> {

    /** Creates the learner's row for a module unless it exists, safe against two requests at once. */
    @Modifying
    @Query(
            value = "INSERT IGNORE INTO module_progress (account_id, module_slug) VALUES (:account, :module)",
            nativeQuery = true)
    int insertIfAbsent(@Param("account") long accountId, @Param("module") String moduleSlug);

    Optional<ModuleProgress> findByAccountIdAndModuleSlug(long accountId, String moduleSlug);

    List<ModuleProgress> findByAccountId(long accountId);

    long countByAccountIdAndStampedAtIsNotNull(long accountId);

    /** Adds active time to the learner's row for the module, in one statement; 0 when there is no row yet. */
    @Modifying
    @Query("update versioned ModuleProgress p set p.secondsSpent = p.secondsSpent + :seconds,"
            + " p.lastActivityAt = :when where p.accountId = :account and p.moduleSlug = :module")
    int addTime(
            @Param("account") long accountId,
            @Param("module") String moduleSlug,
            @Param("seconds") long seconds,
            @Param("when") Instant when);
}
