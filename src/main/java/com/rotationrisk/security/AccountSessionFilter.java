package com.rotationrisk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sessions follow the account (finding 3 of #12). On every request of a signed-in session, reads the account's
 * {@code enabled} flag and security stamp; a deleted or disabled account, or one whose stamp changed since sign-in
 * (role, team, permission or password changed), loses the session before anything else runs: the request goes on
 * as anonymous, so Vaadin answers it as an expired session and the browser returns to the sign-in page.
 * One indexed primary-key read per request; Vaadin's heartbeat requests are checked too.
 */
class AccountSessionFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AccountSessionFilter.class);

    private final JdbcTemplate jdbc;
    private final SecurityContextHolderStrategy securityContext;

    AccountSessionFilter(JdbcTemplate jdbc, SecurityContextHolderStrategy securityContext) {
        this.jdbc = jdbc;
        this.securityContext = securityContext;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = securityContext.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)
                && !stillValid(auth)) {
            log.info("Ending the session of '{}': the account was changed, disabled or deleted", auth.getName());
            securityContext.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }

    private boolean stillValid(Authentication auth) {
        try {
            return accountStillValid(auth);
        } catch (DataAccessResourceFailureException unreachable) {
            // The database is down: nothing can be read or changed until it is back, and the account is checked again
            // on the first request after that. Ending the session here would sign everybody out for an outage; going
            // on lets the view say that nothing was saved, and the person carries on once the database is back.
            log.debug("Account of '{}' not checked: the database is not reachable", auth.getName());
            return true;
        }
    }

    private boolean accountStillValid(Authentication auth) {
        if (auth.getPrincipal() instanceof AccountDetails details) {
            List<Map<String, Object>> rows = jdbc.queryForList(
                    "select enabled, security_stamp from app_user where id = ?", details.userId());
            return !rows.isEmpty() && Boolean.TRUE.equals(rows.get(0).get("enabled"))
                    && ((Number) rows.get(0).get("security_stamp")).longValue() == details.securityStamp();
        }
        // Any other principal (none is created by this application's sign-in) must at least be an enabled account.
        List<Boolean> enabled = jdbc.queryForList("select enabled from app_user where username = ?", Boolean.class,
                Usernames.normalize(auth.getName()));
        return !enabled.isEmpty() && Boolean.TRUE.equals(enabled.get(0));
    }
}
