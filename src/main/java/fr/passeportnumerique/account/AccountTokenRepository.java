package fr.passeportnumerique.account;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {

    Optional<AccountToken> findByTokenHash(String tokenHash);

    @Modifying
    @Query("update AccountToken t set t.usedAt = :now where t.accountId = :accountId and t.usedAt is null")
    void useAllOf(Long accountId, Instant now);
}
