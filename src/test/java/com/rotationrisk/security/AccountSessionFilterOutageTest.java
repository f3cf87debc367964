package com.rotationrisk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Issue #14: while the database is down, a signed-in person's request goes on with its session, so that the view can
 * say that nothing was saved and the person carries on once the database is back (DatabaseOutage*E2ETest).
 */
class AccountSessionFilterOutageTest {

    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    @AfterEach
    void clear() {
        holder.clearContext();
    }

    @Test
    void aSignedInRequestGoesOnWithItsSessionWhileTheDatabaseIsDown() throws Exception {
        // nothing listens on port 1: every connection is refused
        JdbcTemplate down = new JdbcTemplate(new DriverManagerDataSource("jdbc:h2:tcp://localhost:1/nothing"));
        holder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("alice", null,
                List.of(new SimpleGrantedAuthority(Role.ADVISOR.authority()))));
        MockHttpServletRequest request = new MockHttpServletRequest();
        MockHttpSession session = new MockHttpSession();
        request.setSession(session);
        MockFilterChain chain = new MockFilterChain();

        new AccountSessionFilter(down, holder).doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest()).as("the request went on").isSameAs(request);
        assertThat(session.isInvalid()).as("session ended").isFalse();
        assertThat(holder.getContext().getAuthentication()).as("still signed in").isNotNull();
    }
}
