package com.rotationrisk.marketdata.provider;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A local HTTP server on 127.0.0.1 (free port) that replays scripted replies in order (then the
 * fallback reply) and records the path and query of every request.
 */
final class ReplayServer implements AutoCloseable {

    /** One scripted reply; {@code delay} passes before the status line is sent. */
    record Reply(int status, byte[] body, Map<String, String> headers, Duration delay) {

        static Reply ok(String contentType, byte[] body) {
            return new Reply(200, body, Map.of("Content-Type", contentType), Duration.ZERO);
        }

        static Reply fixture(String contentType, String name) {
            return ok(contentType, ReplayServer.fixture(name));
        }

        static Reply status(int status) {
            return new Reply(status, new byte[0], Map.of(), Duration.ZERO);
        }

        Reply header(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return new Reply(status, body, more, delay);
        }

        Reply delayed(Duration wait) {
            return new Reply(status, body, headers, wait);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Queue<Reply> script = new ConcurrentLinkedQueue<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile Reply fallback = new Reply(500, "no scripted reply left".getBytes(StandardCharsets.UTF_8),
            Map.of("Content-Type", "text/plain"), Duration.ZERO);

    ReplayServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Replies to the next requests, in this order. */
    ReplayServer then(Reply... replies) {
        script.addAll(List.of(replies));
        return this;
    }

    /** Replies to every request once the script is used up. */
    ReplayServer always(Reply reply) {
        fallback = reply;
        return this;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Path and query of every request so far, e.g. {@code /q/d/l/?s=aapl.us&i=d}. */
    List<String> requests() {
        return List.copyOf(requests);
    }

    /**
     * The requests once {@code count} have arrived (or after two seconds): a request the client has
     * already given up on (a timeout) can reach the server's handler a moment later.
     */
    List<String> awaitRequests(int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (requests.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return requests();
    }

    static byte[] fixture(String name) {
        try (InputStream in = ReplayServer.class.getResourceAsStream("/providers/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture providers/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.add(exchange.getRequestURI().toString());
        Reply reply = script.poll();
        if (reply == null) {
            reply = fallback;
        }
        try (exchange) {
            if (reply.delay().isPositive()) {
                Thread.sleep(reply.delay());
            }
            reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            exchange.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
            if (reply.body().length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(reply.body());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the client gave up (a timeout test): nothing to answer
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
