package io.coro.shared.jobs;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code coro.jobs.*}.
 *
 * @param threads worker threads; most work waits on networks, so more threads than cores
 * @param pollingInterval how often the table is polled for due work (bounds how late a post can start)
 * @param heartbeatInterval how often a node marks its running work alive; work whose node stopped marking it
 *     for {@code missedHeartbeats} intervals (a crashed node) is taken up again by another, or the same, node
 * @param nodeName this node's name in the ledger of attempts; empty: host name and process id
 */
@ConfigurationProperties("coro.jobs")
public record JobsProperties(
        @DefaultValue("16") int threads,
        @DefaultValue("1s") Duration pollingInterval,
        @DefaultValue("10s") Duration heartbeatInterval,
        @DefaultValue("6") int missedHeartbeats,
        @DefaultValue("") String nodeName,
        @DefaultValue("true") boolean enabled) {

    /** The name this node goes by. */
    public String node() {
        if (nodeName != null && !nodeName.isBlank()) {
            return nodeName;
        }
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "localhost";
        }
        return host + ":" + ProcessHandle.current().pid();
    }
}
