package io.defplorex.worker.ingest;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams a feed CSV and validates every line at the edge: a bad line becomes a {@link Rejection} naming the
 * field, the others become {@link FeedRow}s with their mirror page loaded. Only the set of IDs seen is kept in
 * memory (to refuse duplicates), so feeds of millions of lines stream.
 */
public final class FeedReader {

    public static final long DEFAULT_MAX_PAGE_BYTES = 5L * 1024 * 1024;
    private static final int MAX_ID_BYTES = 512;

    private final MirrorLoader mirrors;

    public FeedReader(Path mirrorRoot, long maxPageBytes) {
        this.mirrors = new MirrorLoader(mirrorRoot, maxPageBytes);
    }

    /**
     * Reads the feed, handing each valid row to {@code accepted} and each refused line to {@code rejected}.
     *
     * @throws FeedFormatException when the header is not the feed's or the CSV itself is broken
     */
    public void read(Path feed, Consumer<FeedRow> accepted, Consumer<Rejection> rejected) throws IOException {
        // empty lines come through as records and are skipped here, so that line numbers count them
        CSVFormat format = CSVFormat.DEFAULT.builder().setTrim(false).setIgnoreEmptyLines(false).get();
        try (Reader reader = Files.newBufferedReader(feed, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, format)) {
            Set<String> seen = new HashSet<>();
            boolean header = true;
            long line = 1;
            try {
                for (CSVRecord record : parser) {
                    if (record.size() == 1 && record.get(0).isEmpty()) {
                        line = parser.getCurrentLineNumber() + 1; // an empty line
                        continue;
                    }
                    if (header) {
                        checkHeader(feed, record);
                        header = false;
                    } else {
                        readRow(record, line, seen, accepted, rejected);
                    }
                    line = parser.getCurrentLineNumber() + 1;
                }
            } catch (UncheckedIOException e) {
                throw new FeedFormatException(feed + ": broken CSV after line " + line + ": "
                        + e.getCause().getMessage(), e);
            }
            if (header) {
                throw new FeedFormatException(feed + ": empty feed, expected the header " + String.join(",",
                        FeedColumns.NAMES));
            }
        }
    }

    private static void checkHeader(Path feed, CSVRecord record) {
        List<String> found = record.toList().stream().map(s -> s.strip().replace("\uFEFF", "")).toList();
        if (!found.equals(FeedColumns.NAMES)) {
            throw new FeedFormatException(feed + ": wrong header '" + String.join(",", found) + "', expected '"
                    + String.join(",", FeedColumns.NAMES) + "'");
        }
    }

    private void readRow(CSVRecord record, long line, Set<String> seen, Consumer<FeedRow> accepted,
                         Consumer<Rejection> rejected) {
        String id = record.size() > 0 ? record.get(0).strip() : "";
        try {
            if (record.size() != FeedColumns.NAMES.size()) {
                throw new RowRejectedException("expected " + FeedColumns.NAMES.size() + " columns, found "
                        + record.size());
            }
            checkId(id);
            if (!seen.add(id)) {
                throw new RowRejectedException("id: duplicate of an earlier line in this feed");
            }
            accepted.accept(toRow(record, line, id));
        } catch (RowRejectedException e) {
            rejected.accept(new Rejection(line, id, e.getMessage()));
        }
    }

    private FeedRow toRow(CSVRecord r, long line, String id) throws RowRejectedException {
        URI url = url(r.get(1).strip());
        String host = url.getHost().toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        String tld = host.substring(host.lastIndexOf('.') + 1);
        return new FeedRow(line, id, url.toString(), host, tld, timestamp(r.get(2).strip()),
                blankToNull(r.get(3)), blankToNull(r.get(4)), blankToNull(r.get(5)),
                flag("homepage", r.get(6)), flag("mass", r.get(7)), flag("redeface", r.get(8)),
                mirrors.load(r.get(9).strip()));
    }

    private static void checkId(String id) throws RowRejectedException {
        if (id.isEmpty()) {
            throw new RowRejectedException("id: missing");
        }
        if (id.getBytes(StandardCharsets.UTF_8).length > MAX_ID_BYTES) {
            throw new RowRejectedException("id: longer than " + MAX_ID_BYTES + " bytes");
        }
        if (id.codePoints().anyMatch(Character::isISOControl)) {
            throw new RowRejectedException("id: contains a control character");
        }
    }

    private static URI url(String value) throws RowRejectedException {
        if (value.isEmpty()) {
            throw new RowRejectedException("url: missing");
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new RowRejectedException("url: '" + value + "' is not an http(s) URL");
            }
            if (uri.getHost() == null || uri.getHost().isEmpty()) {
                throw new RowRejectedException("url: '" + value + "' has no host");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new RowRejectedException("url: '" + value + "' is not a URL (" + e.getReason() + ")");
        }
    }

    private static Instant timestamp(String value) throws RowRejectedException {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new RowRejectedException("timestamp: '" + value
                    + "' is not an ISO-8601 date-time with offset, e.g. 2015-03-29T16:28:12Z");
        }
    }

    private static boolean flag(String column, String value) throws RowRejectedException {
        return switch (value.strip()) {
            case "1" -> true;
            case "0" -> false;
            default -> throw new RowRejectedException(column + ": '" + value + "' is not 0 or 1");
        };
    }

    private static String blankToNull(String value) {
        String v = value.strip();
        return v.isEmpty() ? null : v;
    }
}
