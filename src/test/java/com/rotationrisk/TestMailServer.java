package com.rotationrisk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the shared test context's mail at a free loopback port, where a test that checks e-mail starts GreenMail
 * (an in-process SMTP server). While no test listens there, sending fails like an unreachable mail server would.
 */
public class TestMailServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String PORT = "spring.mail.port";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-mail-server", Map.of(
                "spring.mail.host", "127.0.0.1", PORT, Integer.toString(port),
                "spring.mail.properties.mail.smtp.connectiontimeout", "2000",
                "spring.mail.properties.mail.smtp.timeout", "5000")));
    }
}
