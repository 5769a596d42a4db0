package dev.lectern.check;

/**
 * One thing wrong with a built page: the page (relative to the site root), what is wrong, what to do, and the URL
 * at fault ("" for a problem of the page itself, such as a repeated id).
 */
public record Problem(String page, String message, String hint, String url) implements Comparable<Problem> {
    @Override
    public int compareTo(Problem o) {
        int c = page.compareTo(o.page);
        return c != 0 ? c : message.compareTo(o.message);
    }

    @Override
    public String toString() {
        return page + ": " + message + (hint.isEmpty() ? "" : " (" + hint + ")");
    }
}
