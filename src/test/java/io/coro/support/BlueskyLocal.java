package io.coro.support;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The AT Protocol reference network on loopback (tools/bsky-local: PLC, PDS on port 2583, AppView) for the Bluesky
 * contract tests. A network already answering is used as it is (CI starts it in the background before the build);
 * otherwise it is started with tools/bsky-local/bsky-local.sh, which installs it on first use, and stopped when the
 * tests end. Without Node.js the tests are skipped, and fail in CI ({@code CORO_CI=true}).
 *
 * <p>It also makes what the tests need on the PDS: accounts with fresh handles, app passwords, and reads of records
 * and blobs straight from the PDS.
 */
public final class BlueskyLocal {

    /** The PDS as a person would type its address. */
    public static final String PDS_URL = "http://localhost:2583";

    public static final String SKIPPED = "Bluesky contract tests skipped: Node.js not found. Install Node (>= 20) or"
            + " run tools/bsky-local/bsky-local.sh start ~/.cache/coro/bsky-local";

    private static final URI PDS = URI.create("http://127.0.0.1:2583");
    private static final Path DIR = Path.of(System.getProperty("user.home"), ".cache", "coro", "bsky-local");
    private static final Path SCRIPT = Path.of("tools", "bsky-local", "bsky-local.sh");
    private static final Duration START_TIMEOUT = Duration.ofMinutes(15);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SecureRandom RANDOM = new SecureRandom();

    private static BlueskyLocal running;
    private static String failure;

    // HTTP/1.1: the PDS drops connections that ask to upgrade to HTTP/2 (see OutboundHttp)
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private BlueskyLocal() {}

    /** The running local network, started if needed. */
    public static synchronized BlueskyLocal pds() {
        if (running != null) {
            return running;
        }
        if (failure != null) {
            Assertions.fail(failure);
        }
        BlueskyLocal network = new BlueskyLocal();
        if (!network.healthy()) {
            network.start();
        }
        running = network;
        return running;
    }

    private void start() {
        if (!onPath("node")) {
            if ("true".equals(System.getenv("CORO_CI"))) {
                failure = SKIPPED.replace("skipped", "cannot run") + " (Node.js is required in CI, CORO_CI=true)";
                Assertions.fail(failure);
            }
            Assumptions.abort(SKIPPED);
        }
        try {
            Path log = Files.createDirectories(Path.of("target")).resolve("bsky-local-start.log");
            // the script returns once the network is healthy; a second start waits for one in progress (CI)
            Process script = new ProcessBuilder("bash", SCRIPT.toAbsolutePath().toString(), "start", DIR.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!script.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                script.destroy();
                failure = "The local Bluesky network did not start in " + START_TIMEOUT.toMinutes() + " minutes; see "
                        + log.toAbsolutePath();
                Assertions.fail(failure);
            }
            boolean startedHere = script.exitValue() == 0;
            Instant deadline = Instant.now().plusSeconds(60);
            while (!healthy() && Instant.now().isBefore(deadline)) {
                Thread.sleep(500);
            }
            if (!healthy()) {
                failure = "The local Bluesky network is not healthy after starting:\n" + tail(log);
                Assertions.fail(failure);
            }
            if (startedHere) {
                Runtime.getRuntime().addShutdownHook(new Thread(BlueskyLocal::stop, "bsky-local-stop"));
            }
        } catch (IOException e) {
            failure = "Could not run " + SCRIPT + ": " + e;
            Assertions.fail(failure);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            Assertions.fail("interrupted while starting the local Bluesky network");
        }
    }

    private static void stop() {
        try {
            new ProcessBuilder("bash", SCRIPT.toAbsolutePath().toString(), "stop", DIR.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start()
                    .waitFor(25, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            // the network is stopped with the machine, or by hand: bsky-local.sh stop
        }
    }

    public boolean healthy() {
        try {
            HttpResponse<Void> response = http.send(
                    HttpRequest.newBuilder(PDS.resolve("/xrpc/_health"))
                            .timeout(Duration.ofSeconds(2))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** An account made for a test, with its own password (not an app password). */
    public record Account(String did, String handle, String password, String accessJwt) {}

    /** A new account whose handle is the name plus a random part, e.g. aurora-k3x9q2.test. */
    public Account createAccount(String name) {
        String handle = name + "-" + random(6) + ".test";
        String password = "pw-" + random(16);
        JsonNode created = post(
                "com.atproto.server.createAccount",
                Map.of("handle", handle, "email", handle + "@example.com", "password", password),
                null);
        return new Account(
                created.get("did").asString(),
                handle,
                password,
                created.get("accessJwt").asString());
    }

    /** A new app password of the account, as Settings, App passwords makes it. */
    public String createAppPassword(Account account, String name) {
        return post("com.atproto.server.createAppPassword", Map.of("name", name), account.accessJwt())
                .get("password")
                .asString();
    }

    public void revokeAppPassword(Account account, String name) {
        post("com.atproto.server.revokeAppPassword", Map.of("name", name), account.accessJwt());
    }

    /** The records of a collection of an account, newest first, straight from the PDS. */
    public List<JsonNode> listRecords(String did, String collection) {
        JsonNode page =
                get("com.atproto.repo.listRecords", Map.of("repo", did, "collection", collection, "limit", "100"));
        List<JsonNode> records = new ArrayList<>();
        page.get("records").forEach(records::add);
        return records;
    }

    /** A record from the PDS ({@code uri}, {@code cid}, {@code value}), or null when there is none. */
    public JsonNode getRecord(String did, String collection, String rkey) {
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(query(
                        "com.atproto.repo.getRecord", Map.of("repo", did, "collection", collection, "rkey", rkey)))
                .build());
        return response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
    }

    /** A blob as the PDS serves it, or null. */
    public byte[] getBlob(String did, String cid) {
        HttpResponse<byte[]> response =
                send(HttpRequest.newBuilder(query("com.atproto.sync.getBlob", Map.of("did", did, "cid", cid)))
                        .build());
        return response.statusCode() == 200 ? response.body() : null;
    }

    /** What the PDS answers to a procedure, whatever the status: {@code status} and {@code body}. */
    public record Answer(int status, JsonNode body) {}

    public Answer call(String method, JsonNode input, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(PDS.resolve("/xrpc/" + method))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(input)));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        HttpResponse<byte[]> response = send(request.build());
        return new Answer(response.statusCode(), JSON.readTree(response.body()));
    }

    private JsonNode get(String method, Map<String, String> params) {
        HttpResponse<byte[]> response =
                send(HttpRequest.newBuilder(query(method, params)).build());
        return checked(method, response);
    }

    private JsonNode post(String method, Map<String, String> input, String bearer) {
        ObjectNode body = JSON.createObjectNode();
        input.forEach(body::put);
        HttpRequest.Builder request = HttpRequest.newBuilder(PDS.resolve("/xrpc/" + method))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return checked(method, send(request.build()));
    }

    private static JsonNode checked(String method, HttpResponse<byte[]> response) {
        String body = new String(response.body(), StandardCharsets.UTF_8);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(method + " answered " + response.statusCode() + ": " + body);
        }
        return body.isEmpty() ? JSON.createObjectNode() : JSON.readTree(body);
    }

    private HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException("the local PDS did not answer " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static URI query(String method, Map<String, String> params) {
        StringJoiner query = new StringJoiner("&", "?", "");
        params.forEach((name, value) -> query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return PDS.resolve("/xrpc/" + method + query);
    }

    private static String random(int length) {
        String alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return out.toString();
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }
}
