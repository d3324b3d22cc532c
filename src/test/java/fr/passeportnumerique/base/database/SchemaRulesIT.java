package fr.passeportnumerique.base.database;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeportnumerique.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a Galera cluster needs of the schema the migrations build: every table InnoDB (the only engine it
 * replicates) with a primary key (rows are replicated and certified by their key).
 */
@IntegrationTest
class SchemaRulesIT {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void every_table_is_innodb() {
        assertThat(jdbc.queryForList(
                        "select table_name from information_schema.tables where table_schema = database()"
                                + " and table_type = 'BASE TABLE' and engine <> 'InnoDB'",
                        String.class))
                .isEmpty();
    }

    @Test
    void every_table_has_a_primary_key() {
        assertThat(jdbc.queryForList(
                        "select t.table_name from information_schema.tables t where t.table_schema = database()"
                                + " and t.table_type = 'BASE TABLE' and not exists (select 1 from"
                                + " information_schema.table_constraints c where c.table_schema = t.table_schema"
                                + " and c.table_name = t.table_name and c.constraint_type = 'PRIMARY KEY')",
                        String.class))
                .isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from information_schema.tables where table_schema = database()",
                        Integer.class))
                .isGreaterThan(30);
    }
}
