package io.coro.shared.database;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded PostgreSQL when no external database is configured ({@code CORO_DB_URL} or
 * {@code spring.datasource.url}). With an external database this configuration does nothing and Spring Boot builds the
 * pool from {@code spring.datasource.*}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
class EmbeddedDatabaseConfiguration {

    @Bean(initMethod = "start", destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(CoroDataProperties properties) {
        return new EmbeddedPostgresServer(properties.dataDir(), properties.embeddedDb());
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgresServer server, CoroDataProperties properties) {
        HikariDataSource pool = new HikariDataSource();
        pool.setPoolName("coro");
        pool.setJdbcUrl(server.jdbcUrl());
        pool.setUsername(server.username());
        pool.setPassword(server.password());
        pool.setMaximumPoolSize(properties.embeddedDb().poolSize());
        pool.setMinimumIdle(2);
        return pool;
    }
}
