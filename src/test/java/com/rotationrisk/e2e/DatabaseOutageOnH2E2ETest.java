package com.rotationrisk.e2e;

import com.rotationrisk.faults.TcpProxy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link DatabaseOutageE2ETest} on an H2 database in server mode, in this JVM, behind the proxy. A file database, as a
 * server keeps one: an in-memory one is gone once the cut ends its last session.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class DatabaseOutageOnH2E2ETest extends DatabaseOutageE2ETest {

    private static Server server;
    private static TcpProxy proxy;

    @DynamicPropertySource
    static void databaseBehindTheProxy(DynamicPropertyRegistry registry) throws SQLException, IOException {
        Path folder = Files.createTempDirectory("outage-h2");
        server = Server.createTcpServer("-tcpPort", "0", "-ifNotExists", "-baseDir", folder.toString()).start();
        proxy = new TcpProxy("localhost", server.getPort());
        registry.add("spring.datasource.url", () -> "jdbc:h2:tcp://localhost:" + proxy.port() + "/outage");
    }

    @AfterAll
    static void stopDatabase() {
        proxy.close();
        server.stop();
    }

    @Override
    TcpProxy proxy() {
        return proxy;
    }

    @Override
    String database() {
        return "h2";
    }
}
