package fr.passeportnumerique.certificate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CertificateRepository extends JpaRepository<Certificate, Long> {

    Optional<Certificate> findByCode(String code);

    /** Issues the certificate unless the learner has one, safe against two requests at once. */
    @Modifying
    @Query(
            value = "INSERT IGNORE INTO certificate (code, account_id, learner_name, company_name, issued_at)"
                    + " VALUES (:code, :account, :name, :company, :when)",
            nativeQuery = true)
    int insertIfAbsent(
            @Param("code") String code,
            @Param("account") long accountId,
            @Param("name") String learnerName,
            @Param("company") String companyName,
            @Param("when") Instant issuedAt);

    Optional<Certificate> findByAccountId(long accountId);

    List<Certificate> findTop200ByOrderByIssuedAtDesc();
}
