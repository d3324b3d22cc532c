package fr.passeportnumerique.directory;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface PackOfferRepository extends JpaRepository<PackOffer, Long> {

    List<PackOffer> findByExpertIdOrderByTitle(long expertId);

    /** Every pack with its contents and modules in one query, instead of two more a pack. */
    @EntityGraph(attributePaths = {"items", "modules"})
    List<PackOffer> findAllByOrderById();
}
