package io.coro.support;

import java.io.File;
import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Coro as a separate operating-system process, started the way a user starts it (embedded PostgreSQL, data in a
 * directory), so that tests can stop it, or kill it with {@code kill -9}, for real.
 */
public final class CoroProcess implements AutoCloseable {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final List<String> arguments;
    private final Path dataDir;
    private final int port;
    private final Path log;
    private Process process;

    public CoroProcess(Path dataDir, Path log, String... arguments) {
        this.arguments = List.of(arguments);
        this.dataDir = dataDir;
        this.port = freePort();
        this.log = log;
    }

    public CoroProcess start() throws IOException, InterruptedException {
        String classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-cp",
                classpath,
                "io.coro.CoroApplication",
                "--server.port=" + port,
                "--coro.data-dir=" + dataDir,
                "--spring.datasource.url="));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().keySet().removeIf(key -> key.startsWith("CORO_DB") || key.startsWith("SPRING_"));
        process = builder.start();
        waitUntilServing(Duration.ofSeconds(120));
        return this;
    }

    private void waitUntilServing(Duration timeout) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Coro exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (client().send(get("/login"), HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        < 400) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("Coro did not serve /login within " + timeout + "; see " + log);
    }

    /** SIGTERM, and wait for a clean exit. */
    public void stop() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    /** SIGKILL: no shutdown hook runs, the embedded PostgreSQL is left behind. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            stop();
        }
    }

    /** A browser-like client: keeps cookies, does not follow redirects. */
    public Browser browser() {
        return new Browser();
    }

    public final class Browser {

        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();

        public HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(CoroProcess.this.get(path), HttpResponse.BodyHandlers.ofString());
        }

        /** Posts a form the way the page at {@code formPage} would, with its CSRF token. */
        public HttpResponse<String> submit(String formPage, String action, Map<String, String> fields)
                throws IOException, InterruptedException {
            String page = get(formPage).body();
            Matcher csrf = CSRF.matcher(page);
            if (!csrf.find()) {
                throw new IllegalStateException("No CSRF token on " + formPage);
            }
            Map<String, String> all = new LinkedHashMap<>(fields);
            all.put("_csrf", csrf.group(1));
            String body = all.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            HttpRequest request = HttpRequest.newBuilder(uri(action))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept-Language", "en")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }

        public HttpResponse<String> login(String email, String password) throws IOException, InterruptedException {
            return submit("/login", "/login", Map.of("email", email, "password", password));
        }
    }

    private HttpClient client() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path))
                .header("Accept-Language", "en")
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
