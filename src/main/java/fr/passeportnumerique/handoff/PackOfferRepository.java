package fr.passeportnumerique.handoff;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PackOfferRepository extends JpaRepository<PackOffer, Long> {

    List<PackOffer> findByExpertIdOrderByTitle(long expertId);
}
