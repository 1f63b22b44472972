package org.diplokg.bench;

/**
 * What a load test measured.
 *
 * @param clients   concurrent clients
 * @param requests  requests completed (answered or failed)
 * @param errors    requests that failed: an exception or a status other than 200
 * @param seconds   wall-clock duration of the test
 * @param p50Millis median latency
 * @param p99Millis 99th-percentile latency
 * @param maxMillis slowest request
 */
public record BenchResult(int clients, long requests, long errors, double seconds,
                          double p50Millis, double p99Millis, double maxMillis) {
    public double requestsPerSecond() {
        return seconds > 0 ? requests / seconds : 0;
    }

    /** One line for people and logs. */
    public String summary() {
        return String.format("%d clients, %d requests in %.1f s (%.0f req/s), %d errors; latency p50 %.1f ms, p99 %.1f ms, max %.1f ms",
                clients, requests, seconds, requestsPerSecond(), errors, p50Millis, p99Millis, maxMillis);
    }
}
