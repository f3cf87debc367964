package com.rotationrisk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.rotationrisk.IntegrationTest;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Finding 7, measured as the issue did: on /login over real HTTP. Behind the TLS-terminating proxy (a request from an
 * internal address with X-Forwarded-Proto: https) the session cookie is Secure and HSTS is sent.
 */
@IntegrationTest
class SecurityHeadersTest {

    @LocalServerPort int port;

    private HttpResponse<Void> login(boolean forwardedHttps) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"));
        if (forwardedHttps) {
            request.header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "198.51.100.4");
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding());
    }

    @Test
    void theSignInPageSendsEveryHeader() throws Exception {
        HttpResponse<Void> response = login(true);
        assertThat(response.statusCode()).isEqualTo(200);
        String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(csp).as(response.headers().map().toString()).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'",
                "base-uri 'self'", "form-action 'self'");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Strict-Transport-Security").orElse(""))
                .contains("max-age=31536000", "includeSubDomains");
        List<String> cookies = response.headers().allValues("Set-Cookie");
        assertThat(cookies).anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=")
                .containsIgnoringCase("; Secure").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void plainHttpGetsNoHstsAndNoSecureCookie() throws Exception {
        HttpResponse<Void> response = login(false);
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(response.headers().allValues("Set-Cookie"))
                .allSatisfy(c -> assertThat(c).doesNotContainIgnoringCase("; Secure"));
    }

    @Test
    void theProdProfileTrustsTheProxyAndMarksCookiesSecure() throws Exception {
        Properties prod = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application-prod.properties")) {
            prod.load(in);
        }
        assertThat(prod.getProperty("server.forward-headers-strategy")).isEqualTo("native");
        assertThat(prod.getProperty("server.servlet.session.cookie.secure")).isEqualTo("true");
    }
}
