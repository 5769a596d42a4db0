package dev.lectern.render;

import dev.lectern.model.Guide;
import dev.lectern.model.Meta;
import dev.lectern.model.Question;
import dev.lectern.model.Reference;
import dev.lectern.model.Relations;
import dev.lectern.model.Section;
import dev.lectern.model.Site;
import dev.lectern.model.Slugs;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The site's topics: one per difficulty, tag and company its sources give, and one per topic the text suggested for
 * the questions of guides without tags ({@link Relations#derivedTopics}). Each lists its questions and references
 * across all guides, in site order (per section its questions, then its references). Labels that slug alike
 * ("Functional", "functional") are one topic, named as first met. Also finds an item by id, for related questions.
 */
final class Topics {
    /** Kinds of topic, in the order the index shows them; {@code id} is the folder under {@code topics/}. */
    enum Kind {
        DIFFICULTY("difficulty", "Difficulty", "Difficulty"),
        TAG("tag", "Tags", "Tag"),
        COMPANY("company", "Companies", "Company"),
        TERM("term", "Topics derived from the text", "Topic");

        final String id;
        final String title;
        final String singular;

        Kind(String id, String title, String singular) {
            this.id = id;
            this.title = title;
            this.singular = singular;
        }
    }

    /** A question (its own page) or a reference (an anchor on its guide page); {@code title} is inline Markdown. */
    record Item(String id, Guide guide, String slug, String title, boolean reference) {
        Item(Guide guide, String slug, String title, boolean reference) {
            this(Relations.id(guide, slug), guide, slug, title, reference);
        }
    }

    record Topic(Kind kind, String slug, String label, List<Item> items) {
        String dir() {
            return SitePaths.topic(kind.id, slug);
        }
    }

    private final Map<Kind, Map<String, Topic>> byKind = new EnumMap<>(Kind.class);
    private final Map<String, Item> byId = new HashMap<>();

    private Topics() {
        for (Kind k : Kind.values()) byKind.put(k, new LinkedHashMap<>());
    }

    static Topics of(Site site, Relations relations) {
        Topics t = new Topics();
        for (Guide g : site.guides()) {
            for (Section s : g.sections()) {
                for (Question q : s.questions()) t.add(new Item(g, q.slug(), q.title(), false), q.meta(), relations);
                for (Reference r : s.references()) t.add(new Item(g, r.slug(), r.title(), true), r.meta(), relations);
            }
        }
        return t;
    }

    private void add(Item item, Meta meta, Relations relations) {
        String id = item.id();
        byId.putIfAbsent(id, item);
        if (meta.difficulty() != null) file(Kind.DIFFICULTY, label(meta.difficulty()), item);
        meta.tags().forEach(tag -> file(Kind.TAG, tag, item));
        meta.companies().forEach(company -> file(Kind.COMPANY, company, item));
        relations.topicsOf(id).forEach(topic -> file(Kind.TERM, topic, item));
    }

    private void file(Kind kind, String label, Item item) {
        String slug = slug(label);
        Topic topic = byKind.get(kind).computeIfAbsent(slug, s -> new Topic(kind, s, label.strip(), new ArrayList<>()));
        // a source may repeat a tag on one question; the topic lists the question once
        if (topic.items().isEmpty() || topic.items().get(topic.items().size() - 1) != item) topic.items().add(item);
    }

    /** The topic folder's name for a label; a label with no letter or digit in ASCII gets one from its hash. */
    static String slug(String label) {
        String s = Slugs.slug(label);
        return s.isEmpty() ? "t" + Integer.toHexString(label.strip().hashCode()) : s;
    }

    static String label(Meta.Difficulty d) {
        String id = d.id();
        return Character.toUpperCase(id.charAt(0)) + id.substring(1);
    }

    /** Difficulties in their order; other kinds biggest first, then by label. */
    List<Topic> of(Kind kind) {
        List<Topic> list = new ArrayList<>(byKind.get(kind).values());
        if (kind == Kind.DIFFICULTY) {
            list.sort(Comparator.comparing(t -> Meta.Difficulty.valueOf(t.label().toUpperCase(Locale.ROOT))));
        } else {
            list.sort(Comparator.comparingInt((Topic t) -> -t.items().size())
                    .thenComparing(t -> t.label().toLowerCase(Locale.ROOT)).thenComparing(Topic::slug));
        }
        return list;
    }

    List<Topic> all() {
        List<Topic> out = new ArrayList<>();
        for (Kind k : Kind.values()) out.addAll(of(k));
        return out;
    }

    /** The question or reference with this id ({@link Relations#id}), or null. */
    Item item(String id) {
        return byId.get(id);
    }
}
