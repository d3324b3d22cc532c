package fr.passeportnumerique.certificate;

import fr.passeportnumerique.account.PersonalDataProvider;
import fr.passeportnumerique.base.database.PlainRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A graduate's certificate in their export; the database erases it with the account. */
@Component
class CertificatePersonalData implements PersonalDataProvider {

    private final JdbcTemplate jdbc;

    CertificatePersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "certificate";
    }

    @Override
    public Object dataOf(long accountId) {
        return PlainRows.of(
                jdbc,
                "select code, learner_name as learnerName, company_name as companyName, issued_at as issuedAt,"
                        + " revoked_at as revokedAt, revoked_reason as revokedReason from certificate"
                        + " where account_id = ?",
                accountId);
    }
}
