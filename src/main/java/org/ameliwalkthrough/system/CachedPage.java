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
 * One rendered page in one language: the headers the application wrote for it, its bytes, and the
 * same bytes gzipped once (so compressing costs nothing per request). Each representation has its
 * own strong ETag; a matching {@code If-None-Match} gets a 304.
 */
record CachedPage(
        String contentType,
        Locale locale,
        List<Header> headers,
        byte[] identity,
        byte[] gzip,
        String etag,
        String gzipEtag) {

    /** The representation depends on these besides the path. */
    static final String VARY = "Accept-Encoding, Accept-Language, Cookie";

    record Header(String name, List<String> values) {}

    static CachedPage of(String contentType, Locale locale, List<Header> headers, byte[] body) {
        String tag = digest(body);
        return new CachedPage(
                contentType, locale, List.copyOf(headers), body, gzip(body), "\"" + tag + "\"", "\"" + tag + "-gz\"");
    }

    /** Writes the headers and, unless the client already has it, the body the client can read. */
    void writeTo(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType(contentType); // before the locale, so its charset stays the one rendered
        response.setLocale(locale); // Content-Language
        for (Header header : headers) {
            response.setHeader(header.name(), header.values().get(0));
            for (int i = 1; i < header.values().size(); i++) {
                response.addHeader(header.name(), header.values().get(i));
            }
        }
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", ErrorPageHeaders.HSTS); // as Spring Security writes it
        }
        boolean gzipped = acceptsGzip(request.getHeader("Accept-Encoding"));
        response.setHeader("Vary", VARY);
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
        response.getOutputStream().write(body);
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
        return other instanceof CachedPage page
                && contentType.equals(page.contentType)
                && locale.equals(page.locale)
                && headers.equals(page.headers)
                && Arrays.equals(identity, page.identity);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * contentType.hashCode() + headers.hashCode()) + Arrays.hashCode(identity);
    }

    @Override
    public String toString() {
        return "CachedPage[" + etag + ", " + identity.length + " bytes, " + gzip.length + " gzipped]";
    }
}
