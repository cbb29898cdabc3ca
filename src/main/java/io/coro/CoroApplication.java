package io.coro;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Coro: many voices, one score. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CoroApplication {

    public static void main(String[] args) {
        SpringApplication.run(CoroApplication.class, args);
    }
}
