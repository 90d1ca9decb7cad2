package org.ameliwalkthrough.system;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A page with forms kept in memory as the bytes between its CSRF token's occurrences, so that each
 * response carries its own token: {@code segments[0] token segments[1] token … segments[n]}.
 * No ETag and no gzip kept here: the bytes differ on every response (Tomcat compresses them).
 *
 * @param headers the render's headers but those written for each request ({@link PageCache#headersOf})
 */
record TokenPage(String contentType, Locale locale, List<CachedResponse.Header> headers, List<byte[]> segments) {

    /** Cuts a rendered body at each occurrence of {@code marker}. */
    static List<byte[]> split(byte[] body, String marker) {
        byte[] cut = marker.getBytes(StandardCharsets.US_ASCII);
        List<byte[]> segments = new ArrayList<>();
        int start = 0;
        for (int at = indexOf(body, cut, 0); at >= 0; at = indexOf(body, cut, start)) {
            segments.add(Arrays.copyOfRange(body, start, at));
            start = at + cut.length;
        }
        segments.add(Arrays.copyOfRange(body, start, body.length));
        return List.copyOf(segments);
    }

    private static int indexOf(byte[] body, byte[] part, int from) {
        outer:
        for (int i = from; i <= body.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (body[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** True when the page carries a token at all (else it would be an information page). */
    boolean hasToken() {
        return segments.size() > 1;
    }

    /** Writes the kept headers (the per-request ones are the caller's), then the body with {@code token}. */
    void writeTo(HttpServletResponse response, boolean withHeaders, String token) throws IOException {
        if (withHeaders) {
            CachedResponse.writeHeaders(response, contentType, locale, headers);
        }
        byte[] value = token.getBytes(StandardCharsets.US_ASCII);
        response.setContentLength(length(token));
        ServletOutputStream out = response.getOutputStream();
        for (int i = 0; i < segments.size(); i++) {
            if (i > 0) {
                out.write(value);
            }
            out.write(segments.get(i));
        }
    }

    private int length(String token) {
        int length = (segments.size() - 1) * token.length();
        for (byte[] segment : segments) {
            length += segment.length;
        }
        return length;
    }
}
