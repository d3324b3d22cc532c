package fr.passeportnumerique.curriculum;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContentImportRepository extends JpaRepository<ContentImport, Long> {

    Optional<ContentImport> findFirstByOrderByIdDesc();
}
