package io.coro.shared.http;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.springframework.core.task.VirtualThreadTaskExecutor;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * The one way Coro calls other servers (social networks, later): Spring's {@link RestClient} on the JDK
 * {@link HttpClient}, whose work runs on virtual threads when the JDK has them (21+) and on a small pool on 17.
 */
public final class OutboundHttp {

    private OutboundHttp() {}

    public static boolean virtualThreadsAvailable() {
        return Runtime.version().feature() >= 21;
    }

    public static Executor executor() {
        return virtualThreadsAvailable()
                ? new VirtualThreadTaskExecutor("coro-http-")
                : Executors.newCachedThreadPool(runnable -> {
                    Thread thread = new Thread(runnable, "coro-http");
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /** A RestClient builder with bounded timeouts; adapters add their base URL and headers. */
    public static RestClient.Builder restClient(Duration connectTimeout, Duration readTimeout) {
        return restClient(connectTimeout, readTimeout, HttpClient.Version.HTTP_2);
    }

    /**
     * A RestClient builder speaking the given HTTP version. HTTP/1.1 is for servers reached over plain http: there
     * the JDK asks to upgrade every request to HTTP/2 ("Upgrade: h2c"), and a Node server that also serves
     * WebSockets (an AT Protocol PDS) hands such a request to its WebSocket handler, which drops the connection.
     */
    public static RestClient.Builder restClient(
            Duration connectTimeout, Duration readTimeout, HttpClient.Version version) {
        HttpClient client = HttpClient.newBuilder()
                .version(version)
                .executor(executor())
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(client);
        factory.setReadTimeout(readTimeout);
        return RestClient.builder().requestFactory(factory);
    }
}
