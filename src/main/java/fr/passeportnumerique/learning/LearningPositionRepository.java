package fr.passeportnumerique.learning;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LearningPositionRepository extends JpaRepository<LearningPosition, Long> {

    Optional<LearningPosition> findByAccountId(long accountId);

    /** Creates the learner's row unless it exists, safe against two pages reporting at once. */
    @Modifying
    @Query(
            value = "INSERT IGNORE INTO learning_position (account_id, module_slug, updated_at)"
                    + " VALUES (:account, :module, :when)",
            nativeQuery = true)
    int insertIfAbsent(
            @Param("account") long accountId, @Param("module") String moduleSlug, @Param("when") Instant when);

    /** Moves the learner's row to the place, in one statement; 0 when the learner has no row yet. */
    @Modifying
    @Query("update versioned LearningPosition p set p.moduleSlug = :module, p.lessonSlug = :lesson,"
            + " p.scrollPercent = :scroll, p.updatedAt = :when where p.accountId = :account")
    int moveTo(
            @Param("account") long accountId,
            @Param("module") String moduleSlug,
            @Param("lesson") String lessonSlug,
            @Param("scroll") int scrollPercent,
            @Param("when") Instant when);
}
