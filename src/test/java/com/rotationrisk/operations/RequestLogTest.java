package com.rotationrisk.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.rotationrisk.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** One line per request with the path as a template, and nothing that names a person or carries a query. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class RequestLogTest {

    @Autowired MockMvc mvc;

    private static String requestLines(CapturedOutput output) {
        return output.getAll().lines().filter(l -> l.contains(RequestLogFilter.LOGGER))
                .reduce("", (a, b) -> a + b + "\n");
    }

    @Test
    void aRequestIsLoggedWithItsTemplatedPathStatusAndDurationOnly(CapturedOutput output) throws Exception {
        MvcResult signIn = mvc.perform(post("/login").param("username", "alice").param("password", "alice-demo-2026")
                .with(csrf()).with(r -> {
                    r.setRemoteAddr("198.51.100.77");
                    return r;
                })).andReturn();
        MockHttpSession alice = (MockHttpSession) signIn.getRequest().getSession(false);

        mvc.perform(get("/reports/archive/987654321.pdf").queryParam("client", "Harrison Family Trust").session(alice));

        String lines = requestLines(output);
        assertThat(lines).contains("method=POST path=/login status=302 durationMs=");
        assertThat(lines).containsPattern(
                "method=GET path=/reports/archive/\\{id}\\.pdf status=403 durationMs=\\d+");
        assertThat(lines).doesNotContain("alice", "987654321", "client", "Harrison", "?", "198.51.100.77", "127.0.0.1");
    }

    @Test
    void staticResourcesAndHeartbeatsAreNotLogged(CapturedOutput output) throws Exception {
        mvc.perform(get("/icons/icon.png"));
        mvc.perform(get("/").queryParam("v-r", "heartbeat"));
        assertThat(requestLines(output)).doesNotContain("/icons/", "path=/ ");
    }

    @Test
    void pathsBecomeTemplates() {
        assertThat(RequestLogFilter.template("/portfolios/view/42")).isEqualTo("/portfolios/view/{id}");
        assertThat(RequestLogFilter.template("/reports/portfolio/7.pdf")).isEqualTo("/reports/portfolio/{id}.pdf");
        assertThat(RequestLogFilter.template("/reports/archive/12/regenerated.pdf"))
                .isEqualTo("/reports/archive/{id}/regenerated.pdf");
        assertThat(RequestLogFilter.template("/login;jsessionid=ABC123")).isEqualTo("/login");
        assertThat(RequestLogFilter.template("/v2/thing")).isEqualTo("/v2/thing");
        assertThat(RequestLogFilter.template("")).isEqualTo("/");
    }
}
