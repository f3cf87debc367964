package com.rotationrisk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Finding 2: demo data only on the development run on H2; a fresh production database gets a first administrator. */
class DemoDataPolicyTest {

    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    private static DataSource database(String url) throws Exception {
        DataSource dataSource = mock(DataSource.class);
        Connection connection = mock(Connection.class);
        DatabaseMetaData meta = mock(DatabaseMetaData.class);
        when(dataSource.getConnection()).thenReturn(connection);
        when(connection.getMetaData()).thenReturn(meta);
        when(meta.getURL()).thenReturn(url);
        return dataSource;
    }

    private static DemoData demoData(String url, String... profiles) throws Exception {
        MockEnvironment env = new MockEnvironment();
        env.setActiveProfiles(profiles);
        return new DemoData(new DemoDataSettings(true), env, database(url));
    }

    @Test
    void demoDataOnlyOnTheDevelopmentRunOnH2() throws Exception {
        assertThat(demoData("jdbc:h2:file:./data/rotationrisk").active()).isTrue();
        assertThat(demoData("jdbc:h2:file:./data/rotationrisk", "dev").active()).isTrue();
        assertThat(demoData("jdbc:h2:file:./data/rotationrisk", "prod").active()).isFalse();
        assertThat(demoData("jdbc:postgresql://db:5432/rotationrisk").active()).isFalse();
        assertThat(demoData("jdbc:postgresql://db:5432/rotationrisk", "prod").active()).isFalse();
    }

    @Test
    void underProdADemoAccountThatStillHasItsPublishedPasswordIsDisabled() throws Exception {
        AppUserRepository users = mock(AppUserRepository.class);
        AppUser admin = new AppUser("admin", "Ada Admin", encoder.encode("admin-demo-2026"), Role.ADMIN, null);
        AppUser alice = new AppUser("alice", "Alice", encoder.encode("a-password-she-chose"), Role.ADVISOR, null);
        when(users.findByUsername(any())).thenReturn(Optional.empty());
        when(users.findByUsername("admin")).thenReturn(Optional.of(admin));
        when(users.findByUsername("alice")).thenReturn(Optional.of(alice));
        new DemoUsers(demoData("jdbc:postgresql://db/rr", "prod"), users, mock(TeamRepository.class), encoder)
                .run(new DefaultApplicationArguments());
        assertThat(admin.isEnabled()).isFalse();
        assertThat(alice.isEnabled()).isTrue();
        verify(users, never()).save(any());
    }

    @Test
    void aFreshProductionDatabaseGetsAFirstAdministratorWhoMustChangeThePassword() {
        AppUserRepository users = mock(AppUserRepository.class);
        when(users.count()).thenReturn(0L);
        new InitialAdministrator(new InitialAdministrator.SetupSettings(null, "a-setup-password-1"), users, encoder)
                .run(new DefaultApplicationArguments());
        ArgumentCaptor<AppUser> saved = ArgumentCaptor.forClass(AppUser.class);
        verify(users).save(saved.capture());
        assertThat(saved.getValue().getUsername()).isEqualTo("admin");
        assertThat(saved.getValue().getRole()).isEqualTo(Role.ADMIN);
        assertThat(saved.getValue().mustChangePassword()).isTrue();
        assertThat(encoder.matches("a-setup-password-1", saved.getValue().getPasswordHash())).isTrue();
        assertThat(DatabaseUserDetailsService.authorities(saved.getValue()))
                .extracting(a -> a.getAuthority()).containsExactly(Role.PASSWORD_CHANGE_REQUIRED);
    }

    @Test
    void withoutASetupPasswordAOneTimePasswordIsMade() {
        AppUserRepository users = mock(AppUserRepository.class);
        new InitialAdministrator(new InitialAdministrator.SetupSettings("owner", null), users, encoder)
                .run(new DefaultApplicationArguments());
        ArgumentCaptor<AppUser> saved = ArgumentCaptor.forClass(AppUser.class);
        verify(users).save(saved.capture());
        assertThat(saved.getValue().getUsername()).isEqualTo("owner");
        assertThat(saved.getValue().getPasswordHash()).startsWith("{bcrypt}");
        assertThat(saved.getValue().mustChangePassword()).isTrue();
    }

    @Test
    void nothingIsCreatedOnceAnAccountExists() {
        AppUserRepository users = mock(AppUserRepository.class);
        when(users.count()).thenReturn(1L);
        new InitialAdministrator(new InitialAdministrator.SetupSettings(null, null), users, encoder)
                .run(new DefaultApplicationArguments());
        verify(users, never()).save(any());
    }

    @Test
    void theReadmeProductionCommandUsesTheProdProfile() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String production = readme.substring(readme.indexOf("## Production build"));
        production = production.substring(0, production.indexOf("\n## ", 5));
        assertThat(production).containsPattern("java -jar \\S+rotation-risk-[^\\n]*--spring.profiles.active=prod");
        assertThat(production).doesNotContain("admin-demo-2026");
    }
}
