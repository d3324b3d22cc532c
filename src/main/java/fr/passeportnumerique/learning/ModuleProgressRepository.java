package fr.passeportnumerique.learning;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ModuleProgressRepository extends JpaRepository<ModuleProgress, Long> {

    Optional<ModuleProgress> findByAccountIdAndModuleSlug(long accountId, String moduleSlug);

    List<ModuleProgress> findByAccountId(long accountId);

    long countByAccountIdAndStampedAtIsNotNull(long accountId);
}
