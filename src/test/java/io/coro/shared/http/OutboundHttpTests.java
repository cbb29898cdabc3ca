package io.coro.shared.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class OutboundHttpTests {

    @Test
    void outboundWorkRunsOnVirtualThreadsExactlyWhenTheJdkHasThem() throws Exception {
        CompletableFuture<String> thread = new CompletableFuture<>();
        OutboundHttp.executor()
                .execute(() -> thread.complete(Thread.currentThread().toString()));

        String name = thread.get(5, TimeUnit.SECONDS);
        if (Runtime.version().feature() >= 21) {
            assertThat(name).startsWith("VirtualThread");
        } else {
            assertThat(name).doesNotStartWith("VirtualThread").contains("coro-http");
        }
    }
}
