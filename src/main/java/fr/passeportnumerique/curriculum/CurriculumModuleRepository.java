package fr.passeportnumerique.curriculum;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CurriculumModuleRepository extends JpaRepository<CurriculumModule, Long> {

    @Query("""
            select new fr.passeportnumerique.curriculum.ModuleSummary(
                m.number, m.slug, m.title, m.summary, m.durationMinutes, size(m.lessons))
            from CurriculumModule m order by m.number""")
    List<ModuleSummary> findSummaries();

    Optional<CurriculumModule> findBySlug(String slug);

    @Query("""
            select new fr.passeportnumerique.curriculum.ModuleLink(m.number, m.slug, m.title)
            from CurriculumModule m where m.slug in :slugs order by m.number""")
    List<ModuleLink> findLinks(Collection<String> slugs);
}
