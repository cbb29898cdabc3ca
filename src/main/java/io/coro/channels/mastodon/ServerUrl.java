package io.coro.channels.mastodon;

import io.coro.channels.spi.ConnectionFailed;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** The address of an instance as Coro keeps it: scheme and host (and port), nothing after. */
final class ServerUrl {

    private ServerUrl() {}

    /**
     * Accepts what a person types: "mastodon.social", "https://mastodon.social/", even a handle such as
     * "@alice@mastodon.social" (its server). https is assumed when no scheme is given.
     */
    static String normalise(String input) throws ConnectionFailed {
        String address = input == null ? "" : input.strip();
        if (!address.contains("://") && address.contains("@") && !address.contains("/")) {
            address = address.substring(address.lastIndexOf('@') + 1);
        }
        if (address.isEmpty()) {
            throw new ConnectionFailed(ConnectionFailed.Kind.UNREACHABLE, "no server address given");
        }
        if (!address.contains("://")) {
            address = "https://" + address;
        }
        try {
            URI uri = new URI(address);
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
                throw new URISyntaxException(address, "not a web address");
            }
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            return scheme + "://" + host + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
        } catch (URISyntaxException e) {
            throw new ConnectionFailed(ConnectionFailed.Kind.UNREACHABLE, "not a web address: " + input);
        }
    }

    /** The host of a normalised address: the domain of handles on that server, unless it says otherwise. */
    static String host(String serverUrl) {
        return URI.create(serverUrl).getHost();
    }
}
