package fr.passeportnumerique.learning;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LessonCompletionRepository extends JpaRepository<LessonCompletion, Long> {

    /** Records the lesson unless it already is, in one statement that two requests at once cannot both pass. */
    @Modifying
    @Query(
            value = "INSERT IGNORE INTO lesson_completion (account_id, module_slug, lesson_slug, completed_at)"
                    + " VALUES (:account, :module, :lesson, :when)",
            nativeQuery = true)
    int insertIfAbsent(
            @Param("account") long accountId,
            @Param("module") String moduleSlug,
            @Param("lesson") String lessonSlug,
            @Param("when") Instant when);

    boolean existsByAccountIdAndModuleSlugAndLessonSlug(long accountId, String moduleSlug, String lessonSlug);

    List<LessonCompletion> findByAccountIdAndModuleSlug(long accountId, String moduleSlug);

    List<LessonCompletion> findByAccountId(long accountId);
}
