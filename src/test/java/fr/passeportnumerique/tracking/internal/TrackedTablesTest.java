package fr.passeportnumerique.tracking.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TrackedTablesTest {

    @Test
    void a_published_table_in_braces_becomes_its_name() {
        assertThat(TrackedTables.sql(
                        "SELECT q.passed FROM {quiz_attempt} q JOIN {user_account} a ON a.id = q.account_id"))
                .isEqualTo("SELECT q.passed FROM quiz_attempt q JOIN user_account a ON a.id = q.account_id");
    }

    @Test
    void tracking_s_own_tables_are_written_as_they_are() {
        assertThat(TrackedTables.sql("SELECT graduated_at FROM learner_standing WHERE account_id = ?"))
                .isEqualTo("SELECT graduated_at FROM learner_standing WHERE account_id = ?");
    }

    @Test
    void another_module_s_table_named_without_braces_is_refused() {
        assertThatThrownBy(() -> TrackedTables.sql("SELECT 1 FROM learner_standing s join module_progress p"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("module_progress");
    }

    @Test
    void a_table_nobody_publishes_is_refused() {
        assertThatThrownBy(() -> TrackedTables.sql("SELECT 1 FROM {authoring_draft_file}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("authoring_draft_file");
    }
}
