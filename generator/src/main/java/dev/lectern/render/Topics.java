package dev.lectern.render;

import dev.lectern.model.Guide;
import dev.lectern.model.Meta;
import dev.lectern.model.Question;
import dev.lectern.model.Reference;
import dev.lectern.model.Relations;
import dev.lectern.model.Section;
import dev.lectern.model.Site;
import dev.lectern.model.Slugs;
import dev.lectern.model.TopicKey;
import dev.lectern.model.TopicNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The site's topics: one per difficulty, tag and company its sources give, and one per topic the text suggested for
 * the questions of guides without tags ({@link Relations#derivedTopics}). Names that share a {@link TopicKey}
 * ("Closures", "closure") are one topic, shown by its commonest form ({@link TopicNames}); a topic the text suggested
 * whose key is a tag's joins that tag, so "decorators" has one page whichever way its questions were filed. Each lists
 * its questions and references across all guides, in site order (per section its questions, then its references). A
 * topic of one question has no page ({@link Topic#hasPage}): it would only repeat that question. Also finds an item by
 * id, for related questions.
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

    /** {@code derived}: how many of its items the text filed here rather than a source's metadata. */
    record Topic(Kind kind, String slug, String label, List<Item> items, int derived) {
        String dir() {
            return SitePaths.topic(kind.id, slug);
        }

        boolean hasPage() {
            return items.size() > 1;
        }
    }

    /** A topic while the items are filed. */
    private static final class Draft {
        final List<Item> items = new ArrayList<>();
        final Set<String> ids = new HashSet<>();
        final TopicNames names = new TopicNames();
        String anyName;
        int derived;

        /** Files {@code item} here, once; {@code name} is how it was written, null to leave the naming to others. */
        void add(Item item, String name, boolean byText) {
            // a source may repeat a tag on one question; the topic lists the question once
            if (ids.add(item.id())) {
                items.add(item);
                if (byText) derived++;
            }
            if (name == null) return;
            names.add(name);
            if (anyName == null) anyName = name.strip();
        }
    }

    private final Map<Kind, Map<String, Topic>> byKind = new EnumMap<>(Kind.class);
    private final Map<String, Item> byId = new HashMap<>();

    private Topics() {
    }

    static Topics of(Site site, Relations relations) {
        Map<Kind, Map<String, Draft>> drafts = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) drafts.put(k, new TreeMap<>());
        Topics t = new Topics();
        List<Item> items = new ArrayList<>();
        for (Guide g : site.guides()) {
            for (Section s : g.sections()) {
                for (Question q : s.questions()) items.add(t.add(drafts, new Item(g, q.slug(), q.title(), false), q.meta()));
                for (Reference r : s.references()) items.add(t.add(drafts, new Item(g, r.slug(), r.title(), true), r.meta()));
            }
        }
        // the text's topics once every tag is known, so that one whose key is a tag's joins it wherever it is met
        for (Item item : items) {
            for (String topic : relations.topicsOf(item.id())) {
                Draft tag = drafts.get(Kind.TAG).get(TopicKey.of(topic));
                if (tag != null) tag.add(item, null, true);
                else drafts.get(Kind.TERM).computeIfAbsent(TopicKey.of(topic), k -> new Draft()).add(item, topic, true);
            }
        }
        drafts.forEach((kind, byKey) -> t.byKind.put(kind, named(kind, byKey)));
        return t;
    }

    private Item add(Map<Kind, Map<String, Draft>> drafts, Item item, Meta meta) {
        byId.putIfAbsent(item.id(), item);
        if (meta.difficulty() != null) file(drafts.get(Kind.DIFFICULTY), label(meta.difficulty()), item);
        meta.tags().forEach(tag -> file(drafts.get(Kind.TAG), tag, item));
        meta.companies().forEach(company -> file(drafts.get(Kind.COMPANY), company, item));
        return item;
    }

    private static void file(Map<String, Draft> drafts, String label, Item item) {
        drafts.computeIfAbsent(TopicKey.of(label), k -> new Draft()).add(item, label, false);
    }

    /** The topics of one kind, each named and given a slug unique in its kind (by key order: stable across builds). */
    private static Map<String, Topic> named(Kind kind, Map<String, Draft> byKey) {
        Map<String, Topic> out = new HashMap<>();
        Set<String> slugs = new HashSet<>();
        byKey.forEach((key, d) -> {
            String label = d.names.name(d.anyName);
            String slug = slug(label);
            for (int n = 2; !slugs.add(slug); n++) slug = slug(label) + "-" + n;
            out.put(key, new Topic(kind, slug, label, List.copyOf(d.items), d.derived));
        });
        return out;
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

    /** The topic a chip of this kind and label stands for (a derived one may have joined a tag), or null. */
    Topic find(Kind kind, String label) {
        String key = TopicKey.of(label);
        if (kind == Kind.TERM && byKind.get(Kind.TAG).containsKey(key)) return byKind.get(Kind.TAG).get(key);
        return byKind.get(kind).get(key);
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
