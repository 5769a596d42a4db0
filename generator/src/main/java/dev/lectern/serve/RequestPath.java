package dev.lectern.serve;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Turns a request target into the path of a file in the site, or null when it is not one. {@link URI} checks the
 * syntax (a raw backslash or space is refused) and decodes the percent-escapes before anything else is checked, so
 * {@code %2e%2e} and {@code %2f} are seen for what they are. Browsers remove dot segments before they send a request,
 * so a {@code .} or {@code ..} segment, a backslash or a control character only comes from a client probing for a way
 * out of the site: it gets a 400.
 */
final class RequestPath {
    private RequestPath() {
    }

    /** The decoded path ({@code /}-separated, starting with {@code /}), or null. */
    static String decode(String target) {
        if (!target.startsWith("/")) return null;
        String path;
        try {
            // behind an authority, so that "//x" stays a path and is not read as a host
            path = new URI("http://127.0.0.1" + target).getPath();
        } catch (URISyntaxException e) {
            return null;
        }
        if (path == null || !path.startsWith("/")) return null;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\\') return null;
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) return null;
        }
        return path;
    }
}
