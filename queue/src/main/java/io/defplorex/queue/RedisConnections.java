package io.defplorex.queue;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;

import org.apache.commons.pool2.impl.GenericObjectPoolConfig;

import redis.clients.jedis.Connection;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.util.JedisURIHelper;

/** Opens a pooled Redis client from a {@code redis://[:password@]host:port[/db]} URL. */
final class RedisConnections {

    /** Longer than the longest blocking read the queue issues, or blocked reads would time out. */
    static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(30);
    static final Duration MAX_BLOCK = Duration.ofSeconds(10);

    private RedisConnections() {
    }

    static RedisClient open(String redisUrl) {
        return open(redisUrl, null);
    }

    /** Opens a client; a non-null {@code password} replaces the URL's. */
    static RedisClient open(String redisUrl, String password) {
        URI uri = parse(redisUrl);
        DefaultJedisClientConfig.Builder config = DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis(5_000)
                .socketTimeoutMillis((int) SOCKET_TIMEOUT.toMillis())
                .database(JedisURIHelper.getDBIndex(uri));
        String secret = password != null ? password : JedisURIHelper.getPassword(uri);
        if (secret != null) {
            config.password(secret);
        }
        GenericObjectPoolConfig<Connection> pool = new GenericObjectPoolConfig<>();
        pool.setMaxTotal(64); // every worker thread may hold one connection in a blocking read
        pool.setMaxIdle(16);
        pool.setJmxEnabled(false); // JMX registration is denied inside Elasticsearch
        return RedisClient.builder()
                .hostAndPort(uri.getHost(), uri.getPort() < 0 ? 6379 : uri.getPort())
                .clientConfig(config.build())
                .poolConfig(pool)
                .build();
    }

    static URI parse(String redisUrl) {
        try {
            URI uri = new URI(redisUrl);
            if (!"redis".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException("Redis URL [" + redisUrl + "] must look like redis://host:port");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Redis URL [" + redisUrl + "] is not a URL: " + e.getMessage(), e);
        }
    }
}
