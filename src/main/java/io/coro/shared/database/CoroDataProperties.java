package io.coro.shared.database;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Coro keeps its files and how the embedded PostgreSQL is started.
 *
 * @param dataDir the directory with the embedded database, its binaries and Coro's generated secrets (mode 0700)
 * @param embeddedDb settings of the embedded PostgreSQL, used only when no {@code spring.datasource.url} is set
 */
@ConfigurationProperties("coro")
public record CoroDataProperties(
        @DefaultValue("./data") Path dataDir, @DefaultValue EmbeddedDb embeddedDb) {

    /**
     * @param port TCP port on loopback; 0 picks a free one at every start
     * @param startupTimeout how long to wait for PostgreSQL to accept connections (crash recovery included)
     * @param poolSize connections kept by Coro's pool
     */
    public record EmbeddedDb(
            @DefaultValue("0") int port,
            @DefaultValue("120s") Duration startupTimeout,
            @DefaultValue("16") int poolSize) {}
}
