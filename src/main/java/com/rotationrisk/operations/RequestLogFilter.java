package com.rotationrisk.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One line per HTTP request on logger {@code rotationrisk.requests}: method, path with every number replaced by
 * {@code {id}}, status, duration. Nothing that names a person (user, address, client, query parameters). Static
 * resources, Vaadin's heartbeat and successful health probes are not logged: they would drown everything else.
 * First in the chain, so refusals by Spring Security are logged with their status too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestLogFilter extends OncePerRequestFilter {

    static final String LOGGER = "rotationrisk.requests";

    private static final Logger log = LoggerFactory.getLogger(LOGGER);
    private static final Pattern NUMBER_SEGMENT = Pattern.compile("(?<=/)\\d+(?=[/.]|$)");
    private static final Pattern STATIC = Pattern.compile(
            "^/(VAADIN|images|icons|frontend)/.*|^/(favicon\\.ico|sw\\.js|sw-runtime-resources-precache\\.js"
                    + "|manifest\\.webmanifest|offline\\.html|styles\\.css)$");
    private static final Pattern PROBE = Pattern.compile("^/(livez|readyz|actuator/health(/.*)?)$");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!log.isInfoEnabled() || STATIC.matcher(path).matches() || isHeartbeat(request)) {
            chain.doFilter(request, response);
            return;
        }
        long started = System.nanoTime();
        boolean failed = true;
        try {
            chain.doFilter(request, response);
            failed = false;
        } finally {
            int status = failed ? 500 : response.getStatus();
            if (status >= 400 || !PROBE.matcher(path).matches()) {
                log.info("method={} path={} status={} durationMs={}", request.getMethod(), template(path), status,
                        (System.nanoTime() - started) / 1_000_000);
            }
        }
    }

    private static boolean isHeartbeat(HttpServletRequest request) {
        // the query string, not getParameter: that would read a form body before the application does
        String query = request.getQueryString();
        return query != null && query.contains("v-r=heartbeat");
    }

    /** The path as a template: no path parameters ({@code ;jsessionid=}), numbers as {@code {id}}. */
    static String template(String path) {
        int semicolon = path.indexOf(';');
        String plain = semicolon < 0 ? path : path.substring(0, semicolon);
        return NUMBER_SEGMENT.matcher(plain.isEmpty() ? "/" : plain).replaceAll("{id}");
    }
}
