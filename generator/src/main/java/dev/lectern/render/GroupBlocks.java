package dev.lectern.render;

import dev.lectern.model.Block;
import dev.lectern.model.Group;
import java.util.List;
import java.util.function.Function;

/**
 * {@link Group}s → HTML: numbered steps ({@code ol.steps}), a grid of link cards ({@code .cards--cols-N}, the title
 * a link that the theme stretches over the card, so links inside the card still work; an image on top, a call to
 * action at the foot), a field list (name, then type,
 * location, default and "required" as labels), a figure with its caption, and aligned content ({@code .align-center}).
 */
final class GroupBlocks {
    private static final java.util.Set<String> ALIGNS = java.util.Set.of("left", "center", "right", "justify");
    private final MarkdownEngine md;

    GroupBlocks(MarkdownEngine md) {
        this.md = md;
    }

    /**
     * @param body renders an item's blocks
     * @param link makes a card's href into a URL from this page, or "" when it is not safe to link to
     */
    String html(Group g, Function<List<Block>, String> body, Function<String, String> link) {
        StringBuilder sb = new StringBuilder();
        switch (g.kind()) {
            case STEPS -> {
                sb.append("<ol class=\"steps\">\n");
                for (Group.Item item : g.items()) {
                    sb.append("<li class=\"steps__step\">\n");
                    if (!item.title().isBlank()) sb.append("<p class=\"steps__title\">").append(md.inline(item.title())).append("</p>\n");
                    sb.append("<div class=\"steps__body\">\n").append(body.apply(item.body())).append("</div>\n</li>\n");
                }
                sb.append("</ol>\n");
            }
            case CARDS -> {
                sb.append("<div class=\"cards cards--cols-").append(g.columns()).append("\">\n");
                for (Group.Item item : g.items()) card(sb, item, body, link);
                sb.append("</div>\n");
            }
            case FIELDS -> {
                sb.append("<div class=\"fields\">\n");
                for (Group.Item item : g.items()) field(sb, item, body);
                sb.append("</div>\n");
            }
            case ALIGNED -> {
                Group.Item item = g.items().get(0);
                String align = item.facts().isEmpty() ? "" : item.facts().get(0).value();
                // the class the theme styles, and only for the values the scanner accepts: never the author's own style
                sb.append(ALIGNS.contains(align) ? "<div class=\"align-" + align + "\">\n" : "<div>\n").append(body.apply(item.body())).append("</div>\n");
            }
            case FIGURE -> {
                Group.Item item = g.items().get(0);
                sb.append("<figure class=\"frame\">\n").append(body.apply(item.body()));
                if (!item.title().isBlank()) sb.append("<figcaption class=\"frame__caption\">").append(md.inline(item.title())).append("</figcaption>\n");
                sb.append("</figure>\n");
            }
        }
        return sb.toString();
    }

    private void card(StringBuilder sb, Group.Item item, Function<List<Block>, String> body, Function<String, String> link) {
        String href = item.href().isBlank() ? "" : link.apply(item.href());
        String title = item.title().isBlank() ? Html.escape(item.href()) : md.inline(item.title());
        String img = fact(item, "img");
        String src = img == null ? "" : link.apply(img);
        String cta = fact(item, "cta");
        // an arrow says "this card leads somewhere": after the call to action, else after the title
        String arrow = fact(item, "arrow") != null ? "<span class=\"card__arrow\" aria-hidden=\"true\"> →</span>" : "";
        sb.append("<div class=\"card").append(href.isEmpty() ? "" : " card--link").append("\">\n");
        // the title says what the card is about, so the image is decoration
        if (!src.isEmpty()) sb.append("<img class=\"card__img\" src=\"").append(Html.escape(src)).append("\" alt=\"\" loading=\"lazy\">\n");
        if (!title.isEmpty()) {
            sb.append("<p class=\"card__title\">");
            if (href.isEmpty()) sb.append(title);
            else sb.append("<a class=\"card__link\" href=\"").append(Html.escape(href)).append("\">").append(title).append(cta == null ? arrow : "").append("</a>");
            sb.append("</p>\n");
        }
        if (!item.body().isEmpty()) sb.append("<div class=\"card__body\">\n").append(body.apply(item.body())).append("</div>\n");
        // the call to action is on the card's link, which covers the whole card
        if (cta != null) sb.append("<p class=\"card__cta\">").append(md.inline(cta)).append(href.isEmpty() ? "" : arrow).append("</p>\n");
        sb.append("</div>\n");
    }

    private static String fact(Group.Item item, String name) {
        for (Group.Fact f : item.facts()) if (f.name().equals(name)) return f.value();
        return null;
    }

    private static void field(StringBuilder sb, Group.Item item, Function<List<Block>, String> body) {
        sb.append("<div class=\"field\">\n<p class=\"field__head\"><code class=\"field__name\">").append(Html.escape(item.title())).append("</code>");
        for (Group.Fact fact : item.facts()) {
            sb.append(" <span class=\"field__fact field__fact--").append(fact.name()).append("\">");
            switch (fact.name()) {
                case "required", "deprecated" -> sb.append(fact.name());
                case "default" -> sb.append("default: <code>").append(Html.escape(fact.value())).append("</code>");
                default -> sb.append(Html.escape(fact.value()));
            }
            sb.append("</span>");
        }
        sb.append("</p>\n<div class=\"field__body\">\n").append(body.apply(item.body())).append("</div>\n</div>\n");
    }
}
