package org.ameliwalkthrough.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every row of the peer vectors through the running app's API: the verdict must be the policy's. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CheckApiVectorsTest {

    private static final Map<String, String> KIND = Map.of("nif", "numero-fiscal");

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();

    static Stream<Arguments> vectors() throws IOException {
        try (InputStream in = CheckApiVectorsTest.class.getResourceAsStream("/vectors.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                            .lines()
                            .skip(1)
                            .filter(line -> !line.isBlank())
                            .map(line -> line.split("\t", -1))
                            .map(f -> Arguments.of(KIND.getOrDefault(f[0], f[0]), f[1], f[2].equals("valid"), f[5]))
                            .toList()
                            .stream();
        }
    }

    @ParameterizedTest(name = "{0} [{1}] -> {2}")
    @MethodSource("vectors")
    void apiGivesThePolicyVerdict(String kind, String value, boolean expected, String note) throws Exception {
        String body = json.writeValueAsString(Map.of("value", value));
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/check/" + kind))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode answer = json.readTree(response.body());
        assertThat(answer.get("valid").asBoolean())
                .as(note + " -> " + response.body())
                .isEqualTo(expected);
        assertThat(answer.get("problems").isEmpty()).isEqualTo(expected);
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }
}
