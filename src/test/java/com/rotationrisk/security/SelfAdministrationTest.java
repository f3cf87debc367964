package com.rotationrisk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rotationrisk.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Finding 3: an administrator cannot change their own role, team or permission, nor re-enable themselves. */
@IntegrationTest
class SelfAdministrationTest {

    @Autowired UserAdministrationService admin;
    @Autowired AppUserRepository users;

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void anAdministratorCannotGrantThemselvesAPermissionOrATeam() {
        AppUser me = users.findByUsername("admin").orElseThrow();
        long team = admin.listTeams().get(0).id();
        assertThatThrownBy(() -> admin.assign(me.getId(), Role.ADMIN, null, true))
                .isInstanceOfSatisfying(InvalidUserInputException.class, e -> assertThat(e.field()).isEqualTo("role"));
        assertThatThrownBy(() -> admin.assign(me.getId(), Role.ADMIN, team, false))
                .isInstanceOf(InvalidUserInputException.class);
        AppUser after = users.findByUsername("admin").orElseThrow();
        assertThat(after.canManageReferenceData()).isFalse();
        assertThat(after.getTeam()).isNull();
        assertThat(after.getSecurityStamp()).isEqualTo(me.getSecurityStamp());
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void anAdministratorCannotEnableThemselves() {
        AppUser me = users.findByUsername("admin").orElseThrow();
        assertThatThrownBy(() -> admin.setEnabled(me.getId(), true))
                .isInstanceOfSatisfying(InvalidUserInputException.class,
                        e -> assertThat(e.getMessage()).contains("your own account"));
    }
}
