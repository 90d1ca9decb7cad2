package org.ameliwalkthrough.instances;

import static org.ameliwalkthrough.instances.InstancesProcessIT.PG_URL;
import static org.ameliwalkthrough.instances.InstancesProcessIT.redirects;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Issue 11's trial as a user makes it: two instances on one PostgreSQL behind a real nginx running
 * the sample of {@code docs/deploy.md} over TLS; Emma (carte Vitale and IBAN) and David
 * (FranceConnect) are both mid-journey when one instance is killed with {@code kill -9}, and both
 * finish, activation link included, through the proxy. Runs with {@code it.postgres.url} when
 * nginx and openssl are there; under {@code it.postgres.required} (as {@code .ci/run}) it must run.
 */
class NginxProcessIT {

    @Test
    void bothRoutesFinishThroughNginxWhileAnInstanceIsKilled() throws Exception {
        if (Boolean.getBoolean("it.postgres.required")) {
            assertThat(NginxProcess.available())
                    .as("/usr/sbin/nginx and openssl")
                    .isTrue();
        }
        InstancesProcessIT.needPostgres();
        Assumptions.assumeTrue(NginxProcess.available(), "no nginx or openssl: skipped");
        List<String> settings = InstancesProcessIT.postgres(PG_URL);
        try (AppProcess a = new AppProcess("nginx-a", settings).launch();
                AppProcess b = new AppProcess("nginx-b", settings).launch();
                NginxProcess nginx = new NginxProcess(List.of(a, b))) {
            a.awaitUp();
            b.awaitUp();
            nginx.start();
            int accounts = InstancesProcessIT.accounts();
            Visitor emma = new Visitor(nginx.trustingItsCertificate());
            Visitor david = new Visitor(nginx.trustingItsCertificate());

            InstancesProcessIT.emmaIdentity(emma, nginx, nginx);
            InstancesProcessIT.davidToConsent(david, nginx);
            assertThat(servers(emma, david)).as("nginx shares the work out").contains(a.port, b.port);
            int emmaBefore = emma.answers().size();
            int davidBefore = david.answers().size();

            a.kill();
            InstancesProcessIT.davidConsents(david, nginx, nginx);
            InstancesProcessIT.emmaFromIban(emma, nginx);
            InstancesProcessIT.passwordAndContact(david, "david.miller@example.org", "06 12 34 56 02", nginx);
            redirects(
                    emma.get(nginx, InstancesProcessIT.submitAndReadTheLink(emma, nginx, "Clarke")),
                    "/practice/activated");
            redirects(
                    david.get(nginx, InstancesProcessIT.submitAndReadTheLink(david, nginx, "MILLER")),
                    "/practice/activated");

            assertThat(InstancesProcessIT.accounts())
                    .as("two accounts, none lost nor doubled")
                    .isEqualTo(accounts + 2);
            List<HttpResponse<String>> after = new ArrayList<>(
                    emma.answers().subList(emmaBefore, emma.answers().size()));
            after.addAll(david.answers().subList(davidBefore, david.answers().size()));
            assertThat(after)
                    .allSatisfy(r -> assertThat(lastServer(r))
                            .as(r.request().uri().getPath())
                            .isEqualTo(b.port));
            behindTls(nginx, after);
            assertThat(nginx.accessLog())
                    .as("the access log holds paths only")
                    .contains("/practice/activate")
                    .doesNotContain("token=", "code=");
        }
    }

    /** What the app does behind the proxy's TLS: HSTS, Secure cookies, redirects that stay on https and the proxy's port. */
    static void behindTls(NginxProcess nginx, List<HttpResponse<String>> answers) {
        assertThat(answers)
                .allSatisfy(r -> assertThat(r.headers().firstValue("Strict-Transport-Security"))
                        .isPresent());
        assertThat(answers)
                .flatMap(r -> r.headers().allValues("Set-Cookie"))
                .isNotEmpty()
                .allSatisfy(cookie -> assertThat(cookie).contains("Secure"));
        assertThat(answers)
                .flatMap(r -> r.headers().allValues("Location"))
                .isNotEmpty()
                .filteredOn(location -> location.contains("://"))
                .allSatisfy(location -> assertThat(location).startsWith(nginx.base() + "/"));
    }

    static List<Integer> servers(Visitor... visitors) {
        return Arrays.stream(visitors)
                .flatMap(v -> v.answers().stream())
                .map(NginxProcessIT::lastServer)
                .distinct()
                .toList();
    }

    /** The instance that answered: the last address nginx tried ({@code $upstream_addr}). */
    static int lastServer(HttpResponse<String> response) {
        String tried = response.headers().firstValue(NginxProcess.SERVED_BY).orElseThrow();
        return Integer.parseInt(tried.substring(tried.lastIndexOf(':') + 1).strip());
    }
}
