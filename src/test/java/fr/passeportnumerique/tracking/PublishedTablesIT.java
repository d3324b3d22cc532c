package fr.passeportnumerique.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeportnumerique.IntegrationTest;
import fr.passeportnumerique.account.AccountTables;
import fr.passeportnumerique.base.database.PublishedTable;
import fr.passeportnumerique.directory.DirectoryTables;
import fr.passeportnumerique.handoff.HandoffTables;
import fr.passeportnumerique.learning.LearningTables;
import fr.passeportnumerique.quiz.QuizTables;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The tables other modules publish for the dashboards exist under the names they publish. */
@IntegrationTest
class PublishedTablesIT {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void every_published_table_exists() {
        List<String> published = Stream.of(
                        AccountTables.values(),
                        LearningTables.values(),
                        QuizTables.values(),
                        HandoffTables.values(),
                        DirectoryTables.values())
                .flatMap(Arrays::stream)
                .map(PublishedTable::tableName)
                .toList();
        List<String> existing = jdbc.queryForList(
                "select lower(table_name) from information_schema.tables where table_schema = database()",
                String.class);

        assertThat(existing).containsAll(published);
    }
}
