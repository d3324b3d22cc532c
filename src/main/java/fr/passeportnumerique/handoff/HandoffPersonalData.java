package fr.passeportnumerique.handoff;

import fr.passeportnumerique.account.PersonalDataProvider;
import fr.passeportnumerique.base.database.PlainRows;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** "Mes données": the learner's action plan priorities and their requests to experts, with what each shared. */
@Component
class HandoffPersonalData implements PersonalDataProvider {

    private final JdbcTemplate jdbc;

    HandoffPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "handoff";
    }

    @Override
    public Object dataOf(long accountId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(
                "actionPlanPriorities",
                jdbc.queryForList(
                        "select module_number from action_plan_priority where account_id = ? order by position",
                        Integer.class,
                        accountId));
        data.put(
                "requests",
                PlainRows.of(
                        jdbc,
                        "select r.id, e.company_name as expert, r.status, r.consent_at, r.shared_profile,"
                                + " r.learner_message, r.expert_message, r.created_at, r.updated_at"
                                + " from handoff_request r join expert e on e.id = r.expert_id"
                                + " where r.account_id = ? order by r.created_at",
                        accountId));
        return data;
    }
}
