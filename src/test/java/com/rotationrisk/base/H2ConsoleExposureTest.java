package com.rotationrisk.base;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import com.rotationrisk.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class H2ConsoleExposureTest {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext context;

    @Test
    void theH2ConsoleIsNotRegisteredOutsideTheDevProfile() {
        assertThat(context.containsBean("h2Console")).isFalse();
    }

    @Test
    void anonymousRequestsForTheConsoleAreSentToSignIn() throws Exception {
        mvc.perform(get("/h2-console/")).andExpect(status().is3xxRedirection());
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void evenAnAdminGetsNoConsole() throws Exception {
        mvc.perform(get("/h2-console/login.jsp"))
                .andExpect(content().string(not(containsString("H2 Console"))));
    }
}
