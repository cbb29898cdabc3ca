package io.coro.channels.internal;

import io.coro.channels.spi.Network;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The networks Coro knows: every {@link Network} bean, by key. Adding a network is adding a bean. */
@Component
public class NetworkRegistry {

    private final Map<String, Network> byKey = new LinkedHashMap<>();

    NetworkRegistry(List<Network> networks) {
        networks.stream().sorted(Comparator.comparing(Network::displayName)).forEach(network -> {
            if (byKey.putIfAbsent(network.key(), network) != null) {
                throw new IllegalStateException("Two networks with the key " + network.key());
            }
        });
    }

    public List<Network> all() {
        return List.copyOf(byKey.values());
    }

    public Optional<Network> find(String key) {
        return Optional.ofNullable(key == null ? null : byKey.get(key));
    }

    /** The network with this key when it has the capability. */
    public <T> Optional<T> find(String key, Class<T> capability) {
        return find(key).filter(capability::isInstance).map(capability::cast);
    }
}
