package org.ameliwalkthrough.instances;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One real instance of the app: {@code java -jar} of the packaged jar (Failsafe runs after
 * {@code package}) on a free port, its output in {@code target/process-its/<name>.log}.
 */
final class AppProcess implements Target, AutoCloseable {

    private static final Duration STARTUP = Duration.ofMinutes(4); // two cores, shared

    final String name;
    final int port;
    private final List<String> settings;
    private Process process;

    AppProcess(String name, List<String> settings) throws IOException {
        this.name = name;
        this.port = freePort();
        this.settings = settings;
    }

    /** Any free port, or the next free one from {@code it.port-base} when a machine shares its ports out. */
    static synchronized int freePort() throws IOException {
        Integer base = Integer.getInteger("it.port-base");
        for (int port = base == null ? 0 : Math.max(base, nextPort); ; port++) {
            try (ServerSocket socket = new ServerSocket(port)) {
                nextPort = socket.getLocalPort() + 1;
                return socket.getLocalPort();
            } catch (IOException taken) {
                if (base == null || port > base + 100) {
                    throw taken;
                }
            }
        }
    }

    private static int nextPort;

    @Override
    public String base() {
        return "http://127.0.0.1:" + port;
    }

    /** Starts it and waits until it answers its liveness probe. */
    AppProcess start() throws Exception {
        return launch().awaitUp();
    }

    /** Starts it without waiting, so that several instances start side by side. */
    AppProcess launch() throws IOException {
        String jar = System.getProperty("app.jar");
        if (jar == null || !Files.exists(Path.of(jar))) {
            throw new IllegalStateException("No packaged jar at " + jar + ": run through `mvn verify`");
        }
        Path logs = Files.createDirectories(Path.of("target", "process-its"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-XX:TieredStopAtLevel=1",
                "-jar",
                jar,
                "--server.port=" + port,
                "--server.address=127.0.0.1",
                "--server.tomcat.basedir=target/tomcat-" + name + "-" + port,
                "--logging.level.org.ameliwalkthrough=INFO"));
        command.addAll(settings);
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        logs.resolve(name + ".log").toFile()))
                .start();
        return this;
    }

    AppProcess awaitUp() throws Exception {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ": see its log");
            }
            try {
                var response = client.send(
                        HttpRequest.newBuilder(URI.create(base() + "/actuator/health/liveness"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " did not start within " + STARTUP);
    }

    /** {@code kill -9}: no shutdown hook, no graceful end of requests. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** A normal stop (SIGTERM), as a service manager restarts the app. */
    void stop() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            kill();
        }
    }
}
