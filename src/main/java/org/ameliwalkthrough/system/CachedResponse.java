package org.ameliwalkthrough.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * A response kept in memory: one rendered page in one language, or one static asset. Its headers,
 * its bytes, and the same bytes gzipped once (so compressing costs nothing per request; none when
 * gzip would not make it smaller). Each representation has its own strong ETag; a matching
 * {@code If-None-Match} gets a 304.
 *
 * @param locale the page's language (Content-Language), null for an asset
 * @param vary what the representation depends on besides the path
 */
record CachedResponse(
        String contentType,
        Locale locale,
        String vary,
        List<Header> headers,
        byte[] identity,
        byte[] gzip,
        String etag,
        String gzipEtag) {

    /** A page's language comes from the header or the cookie, its encoding from the client. */
    static final String PAGE_VARY = "Accept-Encoding, Accept-Language, Cookie";

    record Header(String name, List<String> values) {}

    static CachedResponse of(String contentType, Locale locale, List<Header> headers, byte[] body) {
        return of(contentType, locale, PAGE_VARY, headers, body);
    }

    static CachedResponse asset(String contentType, List<Header> headers, byte[] body) {
        return of(contentType, null, "Accept-Encoding", headers, body);
    }

    private static CachedResponse of(
            String contentType, Locale locale, String vary, List<Header> headers, byte[] body) {
        String tag = digest(body);
        byte[] gzip = gzip(body);
        return new CachedResponse(
                contentType,
                locale,
                vary,
                List.copyOf(headers),
                body,
                gzip.length < body.length ? gzip : null,
                "\"" + tag + "\"",
                "\"" + tag + "-gz\"");
    }

    /** The content's digest, short enough for a file name. */
    String digest() {
        return etag.substring(1, etag.length() - 1);
    }

    /** Writes the headers and, unless the client already has it, the body the client can read. */
    void writeTo(HttpServletRequest request, HttpServletResponse response) throws IOException {
        writeHeaders(response, contentType, locale, headers);
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", ErrorPageHeaders.HSTS); // as Spring Security writes it
        }
        boolean gzipped = gzip != null && acceptsGzip(request.getHeader("Accept-Encoding"));
        response.setHeader("Vary", vary);
        response.setHeader("ETag", gzipped ? gzipEtag : etag);
        if (matches(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] body = gzipped ? gzip : identity;
        if (gzipped) {
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    /** The kept headers, as the render wrote them. */
    static void writeHeaders(HttpServletResponse response, String contentType, Locale locale, List<Header> headers) {
        response.setContentType(contentType); // before the locale, so its charset stays the one rendered
        if (locale != null) {
            response.setLocale(locale); // Content-Language
        }
        for (Header header : headers) {
            response.setHeader(header.name(), header.values().get(0));
            for (int i = 1; i < header.values().size(); i++) {
                response.addHeader(header.name(), header.values().get(i));
            }
        }
    }

    /** Either tag matches: both name the same content (weak comparison, as RFC 9110 asks for If-None-Match). */
    boolean matches(String ifNoneMatch) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*") || tag.equals(etag) || tag.equals(gzipEtag)) {
                return true;
            }
        }
        return false;
    }

    /** gzip (or {@code *}) with a non-zero quality; an explicit {@code gzip;q=0} wins over {@code *}. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        Boolean any = null;
        for (String part : acceptEncoding.split(",")) {
            String[] pieces = part.split(";");
            String coding = pieces[0].trim().toLowerCase(Locale.ROOT);
            boolean wanted = quality(pieces) > 0;
            if (coding.equals("gzip") || coding.equals("x-gzip")) {
                return wanted;
            }
            if (coding.equals("*")) {
                any = wanted;
            }
        }
        return Boolean.TRUE.equals(any);
    }

    private static double quality(String[] pieces) {
        for (int i = 1; i < pieces.length; i++) {
            String parameter = pieces[i].trim();
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2).trim());
                } catch (NumberFormatException malformed) {
                    return 0;
                }
            }
        }
        return 1;
    }

    private static String digest(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 16));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible); // every JVM has SHA-256
        }
    }

    static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION); // once per page and language, so the smallest
            }
        }) {
            zip.write(body);
        } catch (IOException inMemory) {
            throw new UncheckedIOException(inMemory);
        }
        return out.toByteArray();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CachedResponse page
                && contentType.equals(page.contentType)
                && java.util.Objects.equals(locale, page.locale)
                && headers.equals(page.headers)
                && Arrays.equals(identity, page.identity);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * contentType.hashCode() + headers.hashCode()) + Arrays.hashCode(identity);
    }

    @Override
    public String toString() {
        return "CachedResponse[" + etag + ", " + identity.length + " bytes, " + (gzip == null ? "-" : gzip.length)
                + " gzipped]";
    }
}
