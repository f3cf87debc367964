package com.rotationrisk.report.validation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rotationrisk.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

/** The study and its report are for administrators only (the admin's run is exercised by the browser test). */
@IntegrationTest
class ModelValidationServiceTest {

    @Autowired ModelValidationService validation;

    @Test
    @WithMockUser(username = "alice", roles = {"ADVISOR", "REFERENCE_DATA"})
    void advisorsAreDenied() {
        assertThatThrownBy(() -> validation.run(p -> {
        })).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> validation.pdf(null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> validation.fileName(null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithAnonymousUser
    void anonymousCallersAreDenied() {
        assertThatThrownBy(() -> validation.run(p -> {
        })).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> validation.pdf(null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void callersWithoutAnyAuthenticationAreDenied() {
        assertThatThrownBy(() -> validation.run(p -> {
        })).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
