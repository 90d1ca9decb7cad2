package org.ameliwalkthrough.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.ameliwalkthrough.Application;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The default embedded database is a file: a journey started before a restart goes on after it.
 * (The tests' own contexts use memory; this one points H2 at a file of its own, as the app does.)
 */
class FileDatabaseRestartTest {

    @TempDir
    Path data;

    ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(Application.class)
                .properties(
                        "server.port=0",
                        "spring.datasource.url=jdbc:h2:file:" + data.resolve("ameli")
                                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
                .run();
    }

    static URI uri(ConfigurableApplicationContext app, String path) {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        return URI.create("http://localhost:" + port + path);
    }

    @Test
    void aJourneySurvivesARestart() throws Exception {
        HttpClient browser =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        try (ConfigurableApplicationContext before = start()) {
            String page = browser.send(
                            HttpRequest.newBuilder(uri(before, "/practice")).build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            String csrf = Jsoup.parse(page).select("input[name=_csrf]").first().attr("value");
            HttpResponse<String> chosen = browser.send(
                    HttpRequest.newBuilder(uri(before, "/practice/persona"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf + "&persona=emma"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(chosen.statusCode()).isEqualTo(302);
        }
        try (ConfigurableApplicationContext after = start()) {
            HttpResponse<String> documents = browser.send(
                    HttpRequest.newBuilder(uri(after, "/practice/documents")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(documents.statusCode()).isEqualTo(200);
            assertThat(documents.body()).contains("Emma");
        }
    }
}
