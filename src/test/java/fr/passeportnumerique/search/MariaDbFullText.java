package fr.passeportnumerique.search;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** The same documents in a MariaDB table with a FULLTEXT index, searched in natural language mode: the comparison. */
final class MariaDbFullText {

    private final JdbcTemplate jdbc;
    private final String table;

    MariaDbFullText(JdbcTemplate jdbc, String table) {
        this.jdbc = jdbc;
        this.table = table;
    }

    /** Loads the documents, then builds the FULLTEXT index; answers the milliseconds both took. */
    long load(List<SearchDocument> documents) {
        long start = System.nanoTime();
        jdbc.execute("DROP TABLE IF EXISTS " + table);
        jdbc.execute(
                "CREATE TABLE " + table + " (id BIGINT AUTO_INCREMENT PRIMARY KEY, answer_key VARCHAR(200),"
                        + " title TEXT, body MEDIUMTEXT) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci");
        List<Object[]> rows = new ArrayList<>();
        for (SearchDocument document : documents) {
            String key = switch (document.type()) {
                case GLOSSARY -> document.moduleSlug() + "#glossaire";
                case LESSON ->
                    document.moduleSlug() + "/" + document.lessonSlug().orElseThrow();
                case MODULE -> document.moduleSlug();
                case EXPERT, PACK -> document.href();
            };
            rows.add(new Object[] {key, document.title(), document.body()});
            if (rows.size() == 1000) {
                insert(rows);
            }
        }
        insert(rows);
        jdbc.execute("CREATE FULLTEXT INDEX ft_" + table + " ON " + table + " (title, body)");
        return (System.nanoTime() - start) / 1_000_000;
    }

    List<String> answerKeys(String query, int count) {
        return jdbc.queryForList(
                "SELECT answer_key FROM " + table + " WHERE MATCH(title, body) AGAINST (? IN NATURAL LANGUAGE MODE)"
                        + " ORDER BY MATCH(title, body) AGAINST (? IN NATURAL LANGUAGE MODE) DESC LIMIT ?",
                String.class,
                query,
                query,
                count);
    }

    void drop() {
        jdbc.execute("DROP TABLE IF EXISTS " + table);
    }

    private void insert(List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO " + table + " (answer_key, title, body) VALUES (?, ?, ?)", rows);
            rows.clear();
        }
    }
}
