package com.rotationrisk;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on an in-memory H2 database (or, with {@code -Pdb-postgresql}, a fresh schema on PostgreSQL:
 * {@link TestDatabase}) and a random port. Every test class with this annotation shares one Spring context, so the
 * suite starts the app only once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Tag("integration")
@ContextConfiguration(initializers = {TestDatabase.class, TestMailServer.class})
public @interface IntegrationTest {
}
