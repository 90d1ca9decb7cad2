package org.ameliwalkthrough.instances;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The workshop's steps as a volunteer and learners take them over real HTTP, for
 * {@link InstancesProcessIT}: open, join, the board's rows as the volunteer reads them.
 */
final class WorkshopOverInstances {

    /** One row of the board as read: the step's name and the mistakes at it. */
    record Row(String step, String mistakes) {}

    final Visitor volunteer = new Visitor();
    final String board;
    final String code;

    private WorkshopOverInstances(String board, String code) {
        this.board = board;
        this.code = code;
    }

    /** Opens a route-1 workshop of this size on the instance given; the board's path and code read back. */
    static WorkshopOverInstances open(Target on, int size) throws Exception {
        Visitor volunteer = new Visitor();
        volunteer.get(on, "/workshop");
        HttpResponse<String> opened = volunteer.post(
                on, "/workshop", "language", "en", "personaSet", "ROUTE_1", "size", String.valueOf(size));
        String board = Visitor.location(opened).replaceAll("\\?.*", "");
        assertThat(board).matches("/workshop/[0-9a-f]{32}");
        String code = volunteer.page(on, board).getElementById("join-code").text();
        WorkshopOverInstances workshop = new WorkshopOverInstances(board, code);
        workshop.volunteer.get(on, board); // the volunteer's own cookie jar from now on
        return workshop;
    }

    /** A POST /join with the code and a display name, from a fresh visitor; the answer as it came. */
    HttpResponse<String> tryJoin(Visitor learner, Target on, String name) throws Exception {
        learner.get(on, "/join");
        return learner.post(on, "/join", "code", code.toLowerCase(), "name", name);
    }

    /** Joins, reads the persona handed out on the welcome page and starts as it; returns its slug. */
    String join(Visitor learner, Target on, String name) throws Exception {
        InstancesProcessIT.redirects(tryJoin(learner, on, name), "/join/welcome");
        String persona =
                learner.page(on, "/join/welcome").getElementById("start-as").val();
        assertThat(persona).isNotBlank();
        InstancesProcessIT.redirects(learner.post(on, "/practice/persona", "persona", persona), "/practice/documents");
        return persona;
    }

    /** The board's live rows ({@code /rows}, as workshop.js polls them) read on this instance, by display name. */
    Map<String, Row> rows(Target on) throws Exception {
        HttpResponse<String> response = volunteer.get(on, board + "/rows");
        assertThat(response.statusCode()).as("rows on " + on.base()).isEqualTo(200);
        Document rows = org.jsoup.Jsoup.parse(response.body());
        Map<String, Row> byName = new LinkedHashMap<>();
        for (Element tr : rows.select("#board-rows tr")) {
            var cells = tr.select("td");
            byName.put(
                    tr.select("th").text(),
                    new Row(cells.get(1).text(), cells.get(2).text()));
        }
        return byName;
    }

    /** Closes the workshop on this instance as the volunteer does: the confirmation page, then its button. */
    void close(Target on) throws Exception {
        assertThat(volunteer.page(on, board + "/close").getElementById("confirm-close"))
                .isNotNull();
        InstancesProcessIT.redirects(volunteer.post(on, board + "/close"), board);
    }

    /** Emma's identity with a wrong NIR key: refused (422) as not recognised, whoever the learner's persona. */
    static void wrongIdentity(Visitor learner, Target on) throws Exception {
        learner.get(on, "/practice/identity");
        assertThat(InstancesProcessIT.emmasIdentity(learner, on, "2 88 04 99 132 048")
                        .statusCode())
                .as("a refused identity")
                .isEqualTo(422);
    }

    /** Empties the shared join buckets, so that a limit counts from a full bucket. */
    static void forgetJoinBuckets() throws Exception {
        try (var connection = connect();
                var statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM rate_limit_bucket WHERE id LIKE 'workshop-join:%'");
        } catch (SQLException notMigratedYet) {
            // a fresh database: the first instance creates the table, empty
        }
    }

    /** How many learners the database holds for this workshop. */
    int learners() throws Exception {
        try (var connection = connect();
                var statement = connection.prepareStatement("SELECT COUNT(*) FROM workshop_learner l JOIN workshop w"
                        + " ON w.id = l.workshop_id WHERE w.join_code = ?")) {
            statement.setString(1, code);
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(InstancesProcessIT.PG_URL, "ameli", "ameli");
    }
}
