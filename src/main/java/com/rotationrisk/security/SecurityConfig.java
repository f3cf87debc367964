package com.rotationrisk.security;

import com.rotationrisk.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.config.ObjectPostProcessor;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity
@EnableConfigurationProperties(SecuritySettings.class)
class SecurityConfig {

    /**
     * What Vaadin Flow needs and nothing more: its bootstrap page has inline scripts and {@code executeJs} compiles
     * functions ({@code 'unsafe-inline' 'unsafe-eval'}), Lumo injects styles; everything is served by this origin
     * (server-drawn charts are {@code data:} or same-origin images). No framing, no plugins, forms post here only.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";

    @Bean
    SecurityFilterChain vaadinSecurityFilterChain(HttpSecurity http, UserDetailsService users,
                                                  PasswordEncoder encoder, LoginThrottle throttle,
                                                  SecuritySettings settings, JdbcTemplate jdbc,
                                                  SecurityContextHolderStrategy securityContext,
                                                  ApplicationEventPublisher events, Environment environment)
            throws Exception {
        ProviderManager signIn = new ProviderManager(
                new ThrottlingAuthenticationProvider(users, encoder, throttle, settings));
        signIn.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        http.authenticationManager(signIn);
        http.addFilterAfter(new AccountSessionFilter(jdbc, securityContext), SecurityContextHolderFilter.class);
        http.headers(headers -> headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
            // Written before the response starts: Vaadin's bootstrap page would otherwise go out without them.
            @Override
            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                filter.setShouldWriteHeadersEagerly(true);
                return filter;
            }
        }));
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(frame -> frame.deny())
                // Sent on HTTPS requests only; behind the TLS-terminating proxy the prod profile's
                // server.forward-headers-strategy makes those requests count as HTTPS.
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/images/**", "/icons/**").permitAll());
        // Before Vaadin's rules, so they never see these: the load balancer probes health without signing in (the
        // answer is the status only, application.properties); every other actuator endpoint is for administrators.
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers(HttpMethod.GET, "/livez", "/readyz", "/actuator/health", "/actuator/health/**")
                .permitAll()
                .requestMatchers(new LoopbackManagementPort(environment)).permitAll()
                .requestMatchers("/actuator", "/actuator/**").hasRole("ADMIN"));
        // Vaadin 25 denies any request it does not recognise as its own; our report URLs and the
        // not-found page need a signed-in user instead, and the services decide the rest.
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                        .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated))
                .build();
    }

    /** Only the dev profile ever serves the H2 console; it still requires an administrator. */
    @Bean
    @Order(1)
    @Profile("dev")
    SecurityFilterChain h2ConsoleFilterChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/h2-console/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole("ADMIN"))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
                .formLogin(form -> form.loginPage("/login"))
                .build();
    }

    /** bcrypt through Spring's delegating encoder, so stored hashes name their algorithm. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
