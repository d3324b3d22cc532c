package fr.passeportnumerique.learning;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface LessonCompletionRepository extends JpaRepository<LessonCompletion, Long> {

    boolean existsByAccountIdAndModuleSlugAndLessonSlug(long accountId, String moduleSlug, String lessonSlug);

    List<LessonCompletion> findByAccountIdAndModuleSlug(long accountId, String moduleSlug);

    List<LessonCompletion> findByAccountId(long accountId);
}
