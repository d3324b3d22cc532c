package fr.passeportnumerique.curriculum;

import org.springframework.data.jpa.repository.JpaRepository;

interface CurriculumModuleRepository extends JpaRepository<CurriculumModule, Long> {}
