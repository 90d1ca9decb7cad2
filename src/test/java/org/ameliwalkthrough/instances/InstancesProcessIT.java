package org.ameliwalkthrough.instances;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Real {@code java -jar} instances: a restart on H2 file mode, and on PostgreSQL (given by
 * {@code it.postgres.url}, as {@code .ci/run} does; required there with {@code it.postgres.required})
 * two instances sharing one database, a {@code kill -9}, a restart and a database outage.
 */
class InstancesProcessIT {

    static final String PG_URL = System.getProperty("it.postgres.url");
    static final String DAVID_FISCAL = "3729488324303";
    static final String TAX_PASSWORD = org.ameliwalkthrough.records.Personas.PRACTICE_TAX_PASSWORD;

    static void needPostgres() {
        if (Boolean.getBoolean("it.postgres.required")) {
            assertThat(PG_URL).as("it.postgres.url").isNotBlank();
        }
        Assumptions.assumeTrue(PG_URL != null && !PG_URL.isBlank(), "no it.postgres.url: PostgreSQL tests skipped");
    }

    static List<String> postgres(String url) {
        return List.of(
                "--spring.profiles.active=postgres",
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=ameli",
                "--spring.datasource.password=ameli");
    }

    static void redirects(HttpResponse<String> response, String to) {
        assertThat(response.statusCode())
                .as(response.request().uri() + " status")
                .isEqualTo(302);
        assertThat(Visitor.location(response)).isEqualTo(to);
    }

    /** Emma picked, and her identity answered: the journey stands at the IBAN step. */
    static void emmaIdentity(Visitor emma, Target personaOn, Target identityOn) throws Exception {
        redirects(emma.post(personaOn, "/practice/persona", "persona", "emma"), "/practice/documents");
        emma.get(identityOn, "/practice/identity");
        redirects(emmasIdentity(emma, identityOn, "2 88 04 99 132 047"), "/practice/iban");
    }

    /** Emma's identity answers, with this NIR. */
    static HttpResponse<String> emmasIdentity(Visitor visitor, Target on, String nir) throws Exception {
        return visitor.post(
                on,
                "/practice/identity",
                "lastName",
                "Clarke",
                "nir",
                nir,
                "day",
                "12",
                "month",
                "4",
                "year",
                "1988",
                "postcode",
                "69003");
    }

    /** Route 1 as Emma up to the contact step, the steps spread over the targets given in turn. */
    static void emmaThroughContact(Visitor emma, Target... on) throws Exception {
        emmaIdentity(emma, on[0], on[1 % on.length]);
        emmaFromIban(emma, on);
    }

    /** Route 1 from the IBAN step to check answers. */
    static void emmaFromIban(Visitor emma, Target... on) throws Exception {
        int i = 0;
        redirects(emma.post(on[i++ % on.length], "/practice/iban", "lastSeven", "5a02 137"), "/practice/serial");
        redirects(emma.post(on[i++ % on.length], "/practice/serial", "missing", "9869"), "/practice/conditions");
        passwordAndContact(emma, "emma@example.org", "06 12 34 56 78", on[i++ % on.length], on[i % on.length]);
    }

    /** Conditions, password and contact: the steps both routes end with. */
    static void passwordAndContact(Visitor visitor, String email, String phone, Target... on) throws Exception {
        int i = 0;
        redirects(visitor.post(on[i++ % on.length], "/practice/conditions", "accepted", "true"), "/practice/password");
        redirects(
                visitor.post(
                        on[i++ % on.length],
                        "/practice/password",
                        "password",
                        "Practice1!",
                        "confirmation",
                        "Practice1!"),
                "/practice/contact");
        redirects(
                visitor.post(on[i % on.length], "/practice/contact", "email", email, "phone", phone),
                "/practice/check-answers");
    }

    /** David through the practice FranceConnect up to its consent page (shown, not yet given). */
    static void davidToConsent(Visitor david, Target on) throws Exception {
        redirects(david.post(on, "/practice/persona", "persona", "david"), "/practice/documents");
        david.get(on, "/practice/identity");
        String authorize = Visitor.location(david.post(on, "/practice/franceconnect/start"));
        redirects(david.get(on, authorize), "/practice-franceconnect/choose");
        david.get(on, "/practice-franceconnect/choose");
        redirects(
                david.post(
                        on, "/practice-franceconnect/impots", "numeroFiscal", DAVID_FISCAL, "password", TAX_PASSWORD),
                "/practice-franceconnect/consent");
        david.get(on, "/practice-franceconnect/consent");
    }

    /** Consent given on one target, the callback taken on another: back on ameli, recognised. */
    static void davidConsents(Visitor david, Target consentOn, Target callbackOn) throws Exception {
        String callback = Visitor.location(david.post(consentOn, "/practice-franceconnect/consent"));
        assertThat(callback).startsWith("/practice/franceconnect/callback?code=");
        redirects(david.get(callbackOn, callback), "/practice/conditions");
        assertThat(david.page(callbackOn, "/practice/conditions")
                        .select("[role=status].recognised")
                        .text())
                .contains("David James MILLER");
    }

    /** Check answers sent; returns the validation link from the practice mailbox. */
    static String submitAndReadTheLink(Visitor visitor, Target app, String name) throws Exception {
        assertThat(visitor.page(app, "/practice/check-answers").text()).contains(name);
        redirects(visitor.post(app, "/practice/check-answers"), "/practice/confirmation");
        String link =
                visitor.page(app, "/practice/mailbox").select("a.mail__link").attr("href");
        assertThat(link).contains("/practice/activate");
        URI uri = URI.create(link);
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }

    @Test
    void aJourneyAndAPendingLinkSurviveARestartOnH2FileMode() throws Exception {
        Assumptions.assumeTrue(PG_URL == null, "the PostgreSQL run restarts on PostgreSQL instead");
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "process-its")), "h2-");
        List<String> h2File = List.of(
                "--spring.datasource.url=jdbc:h2:file:" + dir.toAbsolutePath().resolve("ameli")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "--spring.datasource.username=sa",
                "--spring.datasource.password=");
        restartKeepsTheJourneyAndTheLink(h2File);
    }

    @Test
    void aJourneyAndAPendingLinkSurviveARestartOnPostgres() throws Exception {
        needPostgres();
        restartKeepsTheJourneyAndTheLink(postgres(PG_URL));
    }

    private void restartKeepsTheJourneyAndTheLink(List<String> settings) throws Exception {
        Visitor emma = new Visitor();
        Visitor later = new Visitor();
        String link;
        try (AppProcess before = new AppProcess("restart-before", settings).start()) {
            emmaThroughContact(emma, before);
            emmaThroughContact(later, before);
            link = submitAndReadTheLink(later, before, "Clarke");
            before.stop();
        }
        try (AppProcess after = new AppProcess("restart-after", settings).start()) {
            // the journey goes on where it was, and the link sent before the restart still works
            redirects(emma.post(after, "/practice/check-answers"), "/practice/confirmation");
            redirects(later.get(after, link), "/practice/activated");
        }
    }

    @Test
    void twoInstancesShareJourneysFranceConnectAndTheMailboxAndSurviveAKill() throws Exception {
        needPostgres();
        try (AppProcess a = new AppProcess("instance-a", postgres(PG_URL)).start();
                AppProcess b = new AppProcess("instance-b", postgres(PG_URL)).start()) {
            // FranceConnect: consent on A, the callback on B
            Visitor david = new Visitor();
            davidToConsent(david, a);
            davidConsents(david, a, b);

            // Route 1: started on A, continued on B in turns, A killed mid-journey, finished on B
            int accounts = accounts();
            Visitor emma = new Visitor();
            emmaThroughContact(emma, a, b);
            a.kill();
            String link = submitAndReadTheLink(emma, b, "Clarke");
            redirects(emma.get(b, link), "/practice/activated");
            assertThat(accounts()).as("one account, not lost nor duplicated").isEqualTo(accounts + 1);
        }
    }

    /** Issue 13: a workshop opened on A, a learner on each instance, the board and its limits from both. */
    @Test
    void aWorkshopsBoardLimitsAndCloseHoldAcrossTwoInstances() throws Exception {
        needPostgres();
        WorkshopOverInstances.forgetJoinBuckets(); // the join limit below counts from a full bucket
        List<String> settings = new java.util.ArrayList<>(postgres(PG_URL));
        settings.add("--ratelimit.limits.workshop-join.capacity=6");
        try (AppProcess a = new AppProcess("workshop-a", settings).launch();
                AppProcess b = new AppProcess("workshop-b", settings).launch()) {
            a.awaitUp();
            b.awaitUp();
            WorkshopOverInstances workshop = WorkshopOverInstances.open(a, 2);
            Visitor one = new Visitor();
            Visitor two = new Visitor();
            assertThat(workshop.join(one, a, "Blue heron")).isEqualTo("emma"); // the first of route 1's personas
            assertThat(workshop.join(two, b, "Green fox")).isNotEqualTo("emma"); // the least used next

            // a refused identity each (Emma's with a wrong NIR key: not recognised, whoever the persona)
            WorkshopOverInstances.wrongIdentity(one, a);
            WorkshopOverInstances.wrongIdentity(two, b);
            WorkshopOverInstances.wrongIdentity(two, b);
            var fromB = workshop.rows(b);
            assertThat(fromB).containsOnlyKeys("Blue heron", "Green fox");
            assertThat(fromB.get("Blue heron").mistakes()).isEqualTo("1 (identity not recognised)");
            assertThat(fromB.get("Green fox").mistakes()).isEqualTo("2 (identity not recognised)");
            assertThat(fromB.get("Green fox").step()).isEqualTo("your identity");

            // Blue heron gets it right on B: A's board shows the next step, its mistakes reset
            redirects(emmasIdentity(one, b, "2 88 04 99 132 047"), "/practice/iban");
            assertThat(one.get(a, "/practice/iban").statusCode()).isEqualTo(200);
            var fromA = workshop.rows(a);
            assertThat(fromA.get("Blue heron")).isEqualTo(new WorkshopOverInstances.Row("your bank details", "0"));
            assertThat(fromA.get("Green fox")).isEqualTo(fromB.get("Green fox"));

            // full on either instance (the size is counted in the database)
            assertThat(workshop.tryJoin(new Visitor(), a, "Red kite").body()).contains("This workshop is full");
            assertThat(workshop.tryJoin(new Visitor(), b, "Red kite").body()).contains("This workshop is full");
            // the join limit (6 tries here) is one bucket for both: 4 used, 2 more, then 429 on either
            assertThat(workshop.tryJoin(new Visitor(), a, "Owl").statusCode()).isNotEqualTo(429);
            assertThat(workshop.tryJoin(new Visitor(), b, "Owl").statusCode()).isNotEqualTo(429);
            assertThat(workshop.tryJoin(new Visitor(), a, "Owl").statusCode()).isEqualTo(429);
            assertThat(workshop.tryJoin(new Visitor(), b, "Owl").statusCode()).isEqualTo(429);

            // closed from B: purged, and Blue heron's next page on A says the workshop has ended
            workshop.close(b);
            assertThat(workshop.volunteer.page(a, workshop.board).select("h1").text())
                    .isEqualTo("This workshop is closed");
            redirects(one.get(a, "/practice/iban"), "/join/ended");
            redirects(two.get(a, "/practice/identity"), "/join/ended");
            assertThat(one.page(a, "/join/ended").select("h1").text()).isEqualTo("This workshop has ended");
            assertThat(workshop.learners()).isZero();
        } finally {
            WorkshopOverInstances.forgetJoinBuckets();
        }
    }

    @Test
    void whileTheDatabaseIsUnreachableGuidePagesWorkAndJourneyPagesAnswerAFriendly503() throws Exception {
        needPostgres();
        URI pg = URI.create(PG_URL.substring("jdbc:".length()));
        try (TcpProxy proxy = new TcpProxy(pg.getHost(), pg.getPort());
                AppProcess app = new AppProcess(
                                "outage", postgres("jdbc:postgresql://127.0.0.1:" + proxy.port + pg.getPath()))
                        .start()) {
            Visitor emma = new Visitor();
            emmaIdentity(emma, app, app);

            // once each while the database is there: the first render of a template is not the point
            emma.get(app, "/glossary");
            emma.get(app, "/check");
            emma.postJson(app, "/api/check/nir", "{\"value\":\"2 88 04 99 132 047\"}");
            emma.get(app, "/practice/iban");
            emma.get(app, "/no-such-page"); // the error page

            proxy.cut();
            assertThat(timed(() -> emma.get(app, "/glossary")).statusCode()).isEqualTo(200);
            assertThat(timed(() -> emma.get(app, "/check")).statusCode()).isEqualTo(200);
            assertThat(timed(() -> emma.postJson(app, "/api/check/nir", "{\"value\":\"2 88 04 99 132 047\"}"))
                            .statusCode())
                    .isEqualTo(200);
            HttpResponse<String> journey = timed(() -> emma.get(app, "/practice/iban"));
            assertThat(journey.statusCode()).isEqualTo(503);
            assertThat(journey.headers().firstValue("Retry-After")).isPresent();
            var page = Jsoup.parse(journey.body());
            assertThat(page.select("h1").text()).isEqualTo("The practice service is unavailable for a moment");
            assertThat(page.text()).contains("your answers so far are kept");
            assertThat(page.select("main")).hasSize(1); // in the layout
            assertThat(emma.get(app, "/actuator/health/readiness").statusCode()).isEqualTo(503);

            proxy.restore();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (emma.get(app, "/actuator/health/readiness").statusCode() != 200 && System.nanoTime() < deadline) {
                Thread.sleep(250);
            }
            assertThat(emma.get(app, "/actuator/health").statusCode()).isEqualTo(200);
            assertThat(emma.get(app, "/practice/iban").statusCode()).isEqualTo(200);
            redirects(emma.post(app, "/practice/iban", "lastSeven", "5a02 137"), "/practice/serial");
        }
    }

    interface Call {
        HttpResponse<String> send() throws Exception;
    }

    /** The brief: within 2 s, whatever the database does. */
    static HttpResponse<String> timed(Call call) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = call.send();
        assertThat(Duration.ofNanos(System.nanoTime() - start))
                .as(response.request().uri().getPath())
                .isLessThan(Duration.ofSeconds(2));
        return response;
    }

    static int accounts() throws Exception {
        try (var connection = DriverManager.getConnection(PG_URL, "ameli", "ameli");
                var result = connection.createStatement().executeQuery("SELECT COUNT(*) FROM practice_account")) {
            result.next();
            return result.getInt(1);
        }
    }
}
