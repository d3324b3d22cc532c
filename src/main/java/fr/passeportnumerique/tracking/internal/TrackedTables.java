package fr.passeportnumerique.tracking.internal;

import fr.passeportnumerique.account.AccountTables;
import fr.passeportnumerique.base.database.PublishedTable;
import fr.passeportnumerique.directory.DirectoryTables;
import fr.passeportnumerique.handoff.HandoffTables;
import fr.passeportnumerique.learning.LearningTables;
import fr.passeportnumerique.quiz.QuizTables;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The dashboards count over thousands of learners in one query each, so tracking reads other modules' tables
 * directly rather than through their services; only the tables their owners publish ({@link PublishedTable}), each
 * written in braces in the SQL ({@code FROM {quiz_attempt} q}). Checked when the statement is built: a published
 * table named without braces, or braces around a table nobody publishes, is refused, so that no such read hides.
 */
public final class TrackedTables {

    private static final Map<String, PublishedTable> PUBLISHED = Stream.of(
                    AccountTables.values(),
                    LearningTables.values(),
                    QuizTables.values(),
                    HandoffTables.values(),
                    DirectoryTables.values())
            .flatMap(Arrays::stream)
            .collect(Collectors.toUnmodifiableMap(PublishedTable::tableName, Function.identity()));
    private static final Pattern MARKED = Pattern.compile("\\{([a-z_]+)}");
    private static final Pattern UNMARKED =
            Pattern.compile("(?i)\\b(?:FROM|JOIN|INTO|UPDATE)\\s+(" + String.join("|", PUBLISHED.keySet()) + ")\\b");

    private TrackedTables() {}

    /** The statement with each {@code {table}} replaced by the published table's name. */
    public static String sql(String statement) {
        Matcher unmarked = UNMARKED.matcher(statement);
        if (unmarked.find()) {
            throw new IllegalArgumentException(
                    "Write the published table " + unmarked.group(1) + " in braces: " + statement);
        }
        return MARKED.matcher(statement).replaceAll(marked -> {
            PublishedTable table = PUBLISHED.get(marked.group(1));
            if (table == null) {
                throw new IllegalArgumentException("No module publishes the table " + marked.group(1));
            }
            return table.tableName();
        });
    }
}
