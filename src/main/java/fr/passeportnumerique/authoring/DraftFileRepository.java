package fr.passeportnumerique.authoring;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface DraftFileRepository extends JpaRepository<DraftFile, Long> {

    List<DraftFile> findByModuleSlug(String moduleSlug);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<DraftFile> findByModuleSlugAndPath(String moduleSlug, String path);

    boolean existsByModuleSlug(String moduleSlug);

    void deleteByModuleSlug(String moduleSlug);
}
