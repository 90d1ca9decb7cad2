package org.ameliwalkthrough.system;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * A request {@link RequestSizeLimitFilter} (or the check API's direct path) has already looked at:
 * either its body, read once and served again from memory, or (body null) a request whose parameters could not be
 * decoded, shown to the error page as one without parameters.
 */
public final class ReadRequest extends HttpServletRequestWrapper {

    private final byte[] body;

    ReadRequest(HttpServletRequest request, byte[] body) {
        super(request);
        this.body = body;
    }

    /** The request with a body someone has already read, to be read again by whatever comes next. */
    public static HttpServletRequest withBody(HttpServletRequest request, byte[] body) {
        return new ReadRequest(request, body);
    }

    private boolean withoutParameters() {
        return body == null;
    }

    @Override
    public String getParameter(String name) {
        return withoutParameters() ? null : super.getParameter(name);
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return withoutParameters() ? Map.of() : super.getParameterMap();
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return withoutParameters() ? Collections.emptyEnumeration() : super.getParameterNames();
    }

    @Override
    public String[] getParameterValues(String name) {
        return withoutParameters() ? null : super.getParameterValues(name);
    }

    @Override
    public String getQueryString() {
        return withoutParameters() ? null : super.getQueryString();
    }

    @Override
    public int getContentLength() {
        return withoutParameters() ? super.getContentLength() : body.length;
    }

    @Override
    public long getContentLengthLong() {
        return getContentLength();
    }

    @Override
    public ServletInputStream getInputStream() throws java.io.IOException {
        if (withoutParameters()) {
            return super.getInputStream();
        }
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return in.read(b, off, len);
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException("read synchronously");
            }
        };
    }

    @Override
    public BufferedReader getReader() throws java.io.IOException {
        if (withoutParameters()) {
            return super.getReader();
        }
        String encoding = getCharacterEncoding();
        Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }
}
