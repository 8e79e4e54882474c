package io.defplorex.ui.view;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Sends single Redis commands in RESP for a test (the UI itself never talks to Redis): publishing transformer
 * names as a worker would, and recording job failures as a failing worker would.
 */
final class TestRedis {

    private final String host;
    private final int port;

    TestRedis(String url) {
        URI uri = URI.create(url);
        this.host = uri.getHost();
        this.port = uri.getPort() < 0 ? 6379 : uri.getPort();
    }

    /** Runs one command and answers its first reply line (e.g. {@code :1} or {@code +OK}). */
    String run(String... args) throws IOException {
        StringBuilder command = new StringBuilder("*" + args.length + "\r\n");
        for (String arg : args) {
            command.append('$').append(arg.getBytes(StandardCharsets.UTF_8).length).append("\r\n").append(arg)
                    .append("\r\n");
        }
        try (Socket socket = new Socket(host, port)) {
            OutputStream out = socket.getOutputStream();
            out.write(command.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            String reply = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            if (reply == null || reply.startsWith("-")) {
                throw new IOException("redis " + String.join(" ", args) + " answered " + reply);
            }
            return reply;
        }
    }
}
