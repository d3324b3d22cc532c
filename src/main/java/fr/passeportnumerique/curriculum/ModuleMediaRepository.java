package fr.passeportnumerique.curriculum;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ModuleMediaRepository extends JpaRepository<ModuleMedia, Long> {

    @Query("""
            select new fr.passeportnumerique.curriculum.MediaFile(f.contentType, f.content)
            from ModuleMedia f where f.module.slug = :moduleSlug and f.fileName = :fileName""")
    Optional<MediaFile> findFile(String moduleSlug, String fileName);
}
