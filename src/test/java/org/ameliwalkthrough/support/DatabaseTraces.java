package org.ameliwalkthrough.support;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Every row of every table of the application's schema that mentions one of the given strings, in
 * any column: text as it is, binary columns (Spring Session's serialised attributes, Bucket4j's
 * state) read as Latin-1, where Java serialisation leaves an ASCII id as it is. For privacy tests on
 * small test databases only: it reads every row.
 */
public final class DatabaseTraces {

    private DatabaseTraces() {}

    /** Table name (lower case) → how many of its rows mention any of the needles; tables without any left out. */
    public static Map<String, Integer> mentioning(DataSource dataSource, String... needles) throws SQLException {
        Map<String, Integer> found = new TreeMap<>();
        try (Connection connection = dataSource.getConnection()) {
            for (String table : tables(connection)) {
                int rows = rowsMentioning(connection, table, needles);
                if (rows > 0) {
                    found.put(table.toLowerCase(), rows);
                }
            }
        }
        return found;
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet result = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (result.next()) {
                if ("public".equalsIgnoreCase(result.getString("TABLE_SCHEM"))) {
                    tables.add(result.getString("TABLE_NAME"));
                }
            }
        }
        return tables;
    }

    private static int rowsMentioning(Connection connection, String table, String... needles) throws SQLException {
        int rows = 0;
        try (var statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT * FROM \"" + table + "\"")) {
            ResultSetMetaData columns = result.getMetaData();
            while (result.next()) {
                if (mentions(result, columns, needles)) {
                    rows++;
                }
            }
        }
        return rows;
    }

    private static boolean mentions(ResultSet row, ResultSetMetaData columns, String... needles) throws SQLException {
        for (int i = 1; i <= columns.getColumnCount(); i++) {
            String value = text(row, i, columns.getColumnType(i));
            for (String needle : needles) {
                if (value != null && value.contains(needle)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String text(ResultSet row, int column, int type) throws SQLException {
        return switch (type) {
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> {
                byte[] bytes = row.getBytes(column);
                yield bytes == null ? null : new String(bytes, StandardCharsets.ISO_8859_1);
            }
            default -> row.getString(column);
        };
    }
}
