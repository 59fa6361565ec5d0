package vn.hungyen.snv.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Row counts of every table of the four service databases of the running system ({@code plan}, {@code task},
 * {@code evaluation}, {@code webui}, each with the suffix {@code -Dsnv.db-suffix}, default {@code _test} as
 * ./test.sh runs them; the role and password are the database's name without the suffix). Two snapshots taken
 * around a batch of refused requests must be equal: a refused request writes nothing.
 */
final class DatabaseCounts implements AutoCloseable {

    static final String SUFFIX = System.getProperty("snv.db-suffix", "_test");
    static final String URL = System.getProperty("snv.db-url", "jdbc:postgresql://127.0.0.1:5432/");

    private final Map<String, Connection> connections = new TreeMap<>();
    private final Set<String> excluded;

    /** @param excluded {@code database.table} names whose count may change on any request (say why where used) */
    DatabaseCounts(Set<String> excluded) throws SQLException {
        this.excluded = excluded;
        for (String database : List.of("plan", "task", "evaluation", "webui")) {
            connections.put(database, DriverManager.getConnection(URL + database + SUFFIX, database, database));
        }
    }

    /** {@code database.table} → row count, for every base table of the public schemas. */
    Map<String, Long> snapshot() throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        for (Map.Entry<String, Connection> database : connections.entrySet()) {
            try (Statement statement = database.getValue().createStatement()) {
                List<String> tables = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery("select table_name from information_schema.tables "
                        + "where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name")) {
                    while (rows.next()) {
                        tables.add(rows.getString(1));
                    }
                }
                for (String table : tables) {
                    String name = database.getKey() + "." + table;
                    if (excluded.contains(name)) {
                        continue;
                    }
                    try (ResultSet count = statement.executeQuery("select count(*) from \"" + table + "\"")) {
                        count.next();
                        counts.put(name, count.getLong(1));
                    }
                }
            }
        }
        return counts;
    }

    /** Task events written by task-service and not yet published to Kafka. */
    long unpublishedEvents() throws SQLException {
        try (Statement statement = connections.get("task").createStatement();
                ResultSet count = statement.executeQuery("select count(*) from outbox_event where published_at is null")) {
            count.next();
            return count.getLong(1);
        }
    }

    /** The tables whose counts differ, as {@code table before→after}; empty when nothing changed. */
    static List<String> differences(Map<String, Long> before, Map<String, Long> after) {
        List<String> changed = new ArrayList<>();
        Set<String> names = new java.util.TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        for (String name : names) {
            Long was = before.get(name);
            Long is = after.get(name);
            if (!java.util.Objects.equals(was, is)) {
                changed.add(name + " " + was + "→" + is);
            }
        }
        return changed;
    }

    @Override
    public void close() throws SQLException {
        for (Connection connection : connections.values()) {
            connection.close();
        }
    }
}
