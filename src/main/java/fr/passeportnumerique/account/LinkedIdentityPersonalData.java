package fr.passeportnumerique.account;

import fr.passeportnumerique.base.database.PlainRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The outside identities linked to the account (FranceConnect, a network's provider); erased with the account. */
@Component
class LinkedIdentityPersonalData implements PersonalDataProvider {

    private final JdbcTemplate jdbc;

    LinkedIdentityPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "linkedIdentities";
    }

    @Override
    public Object dataOf(long accountId) {
        return PlainRows.of(
                jdbc,
                "select provider, subject, linked_at as linkedAt from external_identity where account_id = ?"
                        + " order by id",
                accountId);
    }
}
