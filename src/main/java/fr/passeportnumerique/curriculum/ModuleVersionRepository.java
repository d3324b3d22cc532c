package fr.passeportnumerique.curriculum;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ModuleVersionRepository extends JpaRepository<ModuleVersion, Long> {

    List<ModuleVersion> findByModuleSlugOrderByNumberDesc(String moduleSlug);

    Optional<ModuleVersion> findFirstByModuleSlugOrderByNumberDesc(String moduleSlug);

    /** The newest version of every module. */
    @Query("select v from ModuleVersion v where v.number ="
            + " (select max(o.number) from ModuleVersion o where o.moduleSlug = v.moduleSlug)")
    List<ModuleVersion> findLatest();
}
