package fr.passeportnumerique.handoff;

import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.account.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** "Mon plan d'action" (module 20): the priorities a learner chose, as module numbers, at most five, in order. */
@Service
public class ActionPlanService {

    private final JdbcTemplate jdbc;
    private final AccountService accounts;

    ActionPlanService(JdbcTemplate jdbc, AccountService accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    @RolesAllowed(AppRoles.LEARNER)
    public List<Integer> priorities() {
        return prioritiesOf(accounts.currentAccountId());
    }

    /** Replaces the priorities; more than five, unknown or repeated modules are refused and nothing changes. */
    @Transactional
    @RolesAllowed(AppRoles.LEARNER)
    public void choose(List<Integer> modules) {
        if (modules.size() > MatchNeeds.MAX_PRIORITIES) {
            throw new HandoffException("plan.error.too-many");
        }
        if (modules.stream().distinct().count() != modules.size()
                || modules.stream().anyMatch(module -> module < 1 || module > 20)) {
            throw new HandoffException("plan.error.invalid");
        }
        long account = accounts.currentAccountId();
        jdbc.update("delete from action_plan_priority where account_id = ?", account);
        for (int position = 0; position < modules.size(); position++) {
            jdbc.update(
                    "insert into action_plan_priority (account_id, position, module_number) values (?, ?, ?)",
                    account,
                    position,
                    modules.get(position));
        }
    }

    List<Integer> prioritiesOf(long accountId) {
        return jdbc.queryForList(
                "select module_number from action_plan_priority where account_id = ? order by position",
                Integer.class,
                accountId);
    }
}
