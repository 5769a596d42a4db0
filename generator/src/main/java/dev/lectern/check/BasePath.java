package dev.lectern.check;

import java.net.URI;
import java.net.URISyntaxException;

/** The path a site is served under, from its base URL: "https://x.org/docs" → "/docs/"; none or the host's root → "/". */
public final class BasePath {
    private BasePath() {
    }

    public static String of(String baseUrl) {
        if (baseUrl == null || baseUrl.isBlank()) return "/";
        try {
            String path = new URI(baseUrl.strip()).getPath();
            if (path == null || path.isEmpty()) return "/";
            return path.endsWith("/") ? path : path + "/";
        } catch (URISyntaxException e) {
            return "/";
        }
    }
}
