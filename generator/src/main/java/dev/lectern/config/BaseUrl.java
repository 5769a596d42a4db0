package dev.lectern.config;

import dev.lectern.diag.Diagnostic;
import dev.lectern.diag.Diagnostics;
import dev.lectern.diag.SourcePos;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * {@code base_url}: where the site is published. It goes into every page's canonical link, the 404 page's links and
 * the sitemap, so anything but an absolute http(s) URL ({@code javascript:…}, a bare path) is an error at its line.
 */
final class BaseUrl {
    private BaseUrl() {
    }

    /** The URL when it is an absolute http(s) URL with a host (or empty: none), else "" with an error. */
    static String check(String value, SourcePos pos, Diagnostics diagnostics) {
        if (value.isEmpty()) return value;
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && uri.getRawQuery() == null
                    && uri.getRawFragment() == null && uri.getRawUserInfo() == null) {
                return value;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        diagnostics.report(Diagnostic.error(pos, "base_url must be an absolute http or https URL, such as https://example.org/docs/",
                "fix it; the site is built without a base URL meanwhile"));
        return "";
    }
}
