import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.catalina.Context;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;

/**
 * bench/ceiling's bare embedded Tomcat: one servlet writing one constant byte[], on the app's own Tomcat
 * jars, so the gap between it and nginx is Tomcat's own and the gap between it and the app is the app's.
 * A POST's body is read, then answered as a GET. Not part of the application: compiled into a throwaway
 * directory by bench/ceiling.
 *
 * Arguments: port, body file, content type, maxThreads, maxKeepAliveRequests, and optionally a file of
 * "Name: value" lines written on every response (the app's own headers, to tell their cost from the
 * filters').
 */
public final class BareTomcat {

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        byte[] body = Files.readAllBytes(Path.of(args[1]));
        String type = args[2];
        List<String[]> headers = new ArrayList<>();
        if (args.length > 5) {
            for (String line : Files.readAllLines(Path.of(args[5]))) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    headers.add(new String[] {line.substring(0, colon), line.substring(colon + 1).strip()});
                }
            }
        }
        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(Files.createTempDirectory("bare-tomcat").toString());
        // the same protocol and the same knobs Spring Boot sets from server.tomcat.*
        Connector connector = new Connector("org.apache.coyote.http11.Http11NioProtocol");
        connector.setPort(port);
        connector.setProperty("address", "127.0.0.1");
        connector.setProperty("maxThreads", args[3]);
        connector.setProperty("minSpareThreads", String.valueOf(Math.min(10, Integer.parseInt(args[3]))));
        connector.setProperty("maxKeepAliveRequests", args[4]);
        tomcat.setConnector(connector);
        Context context = tomcat.addContext("", null);
        Tomcat.addServlet(context, "page", new HttpServlet() {
            @Override
            protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
                // read the posted body as the app's JSON parser does, then the same answer as a GET
                request.getInputStream().readAllBytes();
                doGet(request, response);
            }

            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                for (String[] header : headers) {
                    response.addHeader(header[0], header[1]);
                }
                response.setContentType(type);
                response.setContentLength(body.length);
                response.getOutputStream().write(body);
            }
        });
        context.addServletMappingDecoded("/*", "page");
        tomcat.start();
        tomcat.getServer().await();
    }
}
