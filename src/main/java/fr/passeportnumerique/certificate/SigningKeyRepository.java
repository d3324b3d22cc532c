package fr.passeportnumerique.certificate;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SigningKeyRepository extends JpaRepository<SigningKey, Long> {

    Optional<SigningKey> findFirstByOrderByIdAsc();

    List<SigningKey> findAllByOrderByIdAsc();
}
