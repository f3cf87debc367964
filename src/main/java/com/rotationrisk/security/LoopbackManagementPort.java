package com.rotationrisk.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.springframework.core.env.Environment;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * A request from this machine to the separate management port ({@code management.server.port}, bound to 127.0.0.1
 * by the prod profile): operators and a local metrics agent read metrics there without a browser sign-in. Never
 * matches when actuator shares the application's port.
 */
final class LoopbackManagementPort implements RequestMatcher {

    private final int managementPort;

    LoopbackManagementPort(Environment environment) {
        Integer management = environment.getProperty("management.server.port", Integer.class);
        Integer server = environment.getProperty("server.port", Integer.class, 8080);
        this.managementPort = management == null || management <= 0 || management.equals(server) ? -1 : management;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        return managementPort > 0 && request.getLocalPort() == managementPort && isLoopback(request.getRemoteAddr());
    }

    private static boolean isLoopback(String address) {
        try {
            // an address literal: getByName parses it without asking DNS
            return address != null && InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
