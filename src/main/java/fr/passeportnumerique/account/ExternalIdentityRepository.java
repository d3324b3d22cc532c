package fr.passeportnumerique.account;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExternalIdentityRepository extends JpaRepository<ExternalIdentity, Long> {

    Optional<ExternalIdentity> findByProviderAndSubject(String provider, String subject);

    boolean existsByAccountIdAndProvider(long accountId, String provider);
}
