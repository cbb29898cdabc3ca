package io.coro;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;

/**
 * Coro: many voices, one score.
 *
 * <p>Spring Boot's in-memory "user" with a generated password is excluded: people sign in only with their Coro
 * accounts (see {@code workspace.web.SecurityConfiguration}).
 */
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
public class CoroApplication {

    public static void main(String[] args) {
        SpringApplication.run(CoroApplication.class, args);
    }
}
