package org.ameliwalkthrough.instances;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A real nginx (Debian's {@code /usr/sbin/nginx}) running the sample configuration of
 * {@code docs/deploy.md} as written there, with only what a test must change: the instances'
 * addresses, its port, a self-signed certificate, file paths, and a header naming the instance that
 * answered. So a wrong line in the documented sample fails a test.
 */
final class NginxProcess implements Target, AutoCloseable {

    static final Path NGINX = Path.of("/usr/sbin/nginx");
    static final String SERVED_BY = "X-Served-By";
    private static final Pattern SAMPLE = Pattern.compile("## nginx in front.*?```nginx\\n(.*?)```", Pattern.DOTALL);

    final int port;
    private final Path dir;
    private Process process;

    NginxProcess(List<AppProcess> instances) throws Exception {
        port = AppProcess.freePort();
        dir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "process-its")), "nginx-")
                .toAbsolutePath();
        run(
                "openssl",
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-days",
                "1",
                "-subj",
                "/CN=127.0.0.1",
                "-addext",
                "subjectAltName=IP:127.0.0.1",
                "-keyout",
                dir.resolve("tls.key").toString(),
                "-out",
                dir.resolve("tls.crt").toString());
        Files.writeString(dir.resolve("nginx.conf"), config(sample(), instances));
    }

    static boolean available() {
        return Files.isExecutable(NGINX) && onPath("openssl");
    }

    private static boolean onPath(String command) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(folder, command))) {
                return true;
            }
        }
        return false;
    }

    static String sample() throws IOException {
        Matcher sample = SAMPLE.matcher(Files.readString(Path.of("docs", "deploy.md")));
        if (!sample.find()) {
            throw new IllegalStateException("no nginx sample in docs/deploy.md");
        }
        return sample.group(1);
    }

    private String config(String sample, List<AppProcess> instances) {
        String[] upstreams = sample.split("\\n");
        StringBuilder block = new StringBuilder();
        int instance = 0;
        for (String line : upstreams) {
            String trimmed = line.strip();
            if (trimmed.startsWith("server ") && trimmed.contains(":8080")) {
                line = line.replaceFirst("server \\S+", "server 127.0.0.1:" + instances.get(instance++).port);
            } else if (trimmed.startsWith("listen 443")) {
                line = line.replace("listen 443", "listen 127.0.0.1:" + port);
            } else if (trimmed.startsWith("listen 80")) {
                continue; // the http-to-https redirect: not on a port of ours
            } else if (trimmed.startsWith("ssl_certificate ")) {
                line = "    ssl_certificate " + dir.resolve("tls.crt") + ";";
            } else if (trimmed.startsWith("ssl_certificate_key ")) {
                line = "    ssl_certificate_key " + dir.resolve("tls.key") + ";";
            } else if (trimmed.startsWith("access_log ")) {
                line = line.replaceFirst("access_log \\S+", "access_log " + dir.resolve("access.log"));
            } else if (trimmed.startsWith("proxy_pass ")) {
                line = line + "\n        add_header " + SERVED_BY + " $upstream_addr always;";
            }
            block.append(line).append('\n');
        }
        if (instance != instances.size()) {
            throw new IllegalStateException("the sample's upstream has " + instance + " servers");
        }
        String temp = "";
        for (String kind : List.of("client_body", "proxy", "fastcgi", "uwsgi", "scgi")) {
            temp += "    " + kind + "_temp_path " + dir.resolve(kind) + ";\n";
        }
        return "pid " + dir.resolve("nginx.pid") + ";\nerror_log " + dir.resolve("error.log") + " warn;\n"
                + "worker_processes 1;\nevents { worker_connections 64; }\nhttp {\n" + temp + block + "}\n";
    }

    NginxProcess start() throws Exception {
        process = new ProcessBuilder(
                        NGINX.toString(),
                        "-p",
                        dir.toString(),
                        "-c",
                        dir.resolve("nginx.conf").toString(),
                        "-e",
                        dir.resolve("error.log").toString(),
                        "-g",
                        "daemon off;")
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("nginx.out").toFile())
                .start();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx exited: " + Files.readString(dir.resolve("nginx.out")));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return this;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("nginx did not listen on " + port);
    }

    @Override
    public String base() {
        return "https://127.0.0.1:" + port;
    }

    String accessLog() throws IOException {
        return Files.readString(dir.resolve("access.log"));
    }

    /** Trusts this proxy's certificate, and only it (its name is the address 127.0.0.1). */
    SSLContext trustingItsCertificate() throws Exception {
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        try (InputStream pem = Files.newInputStream(dir.resolve("tls.crt"))) {
            trusted.setCertificateEntry(
                    "nginx", CertificateFactory.getInstance("X.509").generateCertificate(pem));
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trust.getTrustManagers(), null);
        return tls;
    }

    private static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + ": " + out);
        }
    }

    /** SIGTERM: nginx's fast shutdown. */
    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }
}
