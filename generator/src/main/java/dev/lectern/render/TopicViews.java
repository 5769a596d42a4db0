package dev.lectern.render;

import dev.lectern.model.Guide;
import dev.lectern.model.Meta;
import dev.lectern.model.Relations;
import dev.lectern.render.view.LinkView;
import dev.lectern.render.view.MetaView;
import dev.lectern.render.view.OtherTopicView;
import dev.lectern.render.view.RelatedView;
import dev.lectern.render.view.TopicGroupView;
import dev.lectern.render.view.TopicGuideView;
import dev.lectern.render.view.TopicLinkView;
import dev.lectern.render.view.TopicPageView;
import dev.lectern.render.view.TopicsView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * View records for what links pages across guides: the topics index, a topic's page, metadata chips that link to
 * topics, and a question's related questions, for one site's {@link Topics} and {@link Relations}.
 */
final class TopicViews {
    static final String DERIVED_NOTE = "Derived from the text: these guides give no tags, so each question gets the"
            + " subject words its title shares with other questions.";
    static final String JOINED_NOTE = "Questions of guides that give no tags are filed here too, by the words of their"
            + " titles.";

    private final MarkdownEngine md;
    private final Topics topics;
    private final Relations relations;
    private final PageMap map;
    private final Map<String, String> titles;

    /** @param titles rendered titles by item id, shared by the views of one render call (pages render in parallel) */
    TopicViews(MarkdownEngine md, Topics topics, Relations relations, PageMap map, Map<String, String> titles) {
        this.md = md;
        this.topics = topics;
        this.relations = relations;
        this.map = map;
        this.titles = titles;
    }

    Topics topics() {
        return topics;
    }

    /**
     * The topics index, at {@code topics/}: per kind the topics that group several questions, biggest first; then
     * the topics of one question each, as links straight to that question.
     */
    TopicsView index() {
        List<TopicGroupView> groups = new ArrayList<>();
        List<OtherTopicView> others = new ArrayList<>();
        String relRoot = SitePaths.relRoot(SitePaths.topics());
        for (Topics.Kind kind : Topics.Kind.values()) {
            List<TopicLinkView> links = new ArrayList<>();
            for (Topics.Topic t : topics.of(kind)) {
                if (t.hasPage()) {
                    links.add(new TopicLinkView(t.label(), map.paths().between(SitePaths.topics(), t.dir()), t.items().size()));
                } else {
                    Topics.Item item = t.items().get(0);
                    others.add(new OtherTopicView(t.label(), kind.singular, href(relRoot, item), titleHtml(item)));
                }
            }
            if (!links.isEmpty()) {
                groups.add(new TopicGroupView("topics-" + kind.id, kind.title, kind == Topics.Kind.TERM ? DERIVED_NOTE : "", links));
            }
        }
        others.sort(Comparator.comparing((OtherTopicView o) -> o.label().toLowerCase(Locale.ROOT)).thenComparing(OtherTopicView::label)
                .thenComparing(OtherTopicView::kind));
        int count = groups.stream().mapToInt(g -> g.topics().size()).sum() + others.size();
        return new TopicsView(groups, others, count);
    }

    /** A topic's page, at {@link Topics.Topic#dir}: its questions grouped by guide, in site order. */
    TopicPageView page(Topics.Topic topic) {
        String relRoot = SitePaths.relRoot(topic.dir());
        // guides by slug: a Guide's own hash would walk its whole content
        Map<String, List<LinkView>> byGuide = new LinkedHashMap<>();
        Map<String, Guide> guideOf = new LinkedHashMap<>();
        for (Topics.Item item : topic.items()) {
            guideOf.putIfAbsent(item.guide().slug(), item.guide());
            byGuide.computeIfAbsent(item.guide().slug(), g -> new ArrayList<>()).add(new LinkView(href(relRoot, item), titleHtml(item)));
        }
        List<TopicGuideView> guides = new ArrayList<>();
        byGuide.forEach((slug, links) -> guides.add(new TopicGuideView(guideTitleHtml(guideOf.get(slug)),
                map.paths().link(relRoot, SitePaths.guide(guideOf.get(slug))), links)));
        boolean derived = topic.kind() == Topics.Kind.TERM;
        String note = derived ? DERIVED_NOTE : topic.derived() > 0 ? JOINED_NOTE : "";
        return new TopicPageView(derived ? "Topic derived from the text" : topic.kind().singular, topic.label(),
                note, topic.items().size(), guides);
    }

    /**
     * A question's metadata, each chip linking to its topic's page; a topic of one question has none, and its chip is
     * no link. {@code derived} are the topics the text suggested for it.
     */
    MetaView meta(Meta m, String relRoot, List<String> derived) {
        String id = m.difficulty() == null ? "" : m.difficulty().id();
        String label = m.difficulty() == null ? "" : Topics.label(m.difficulty());
        String difficultyHref = m.difficulty() == null ? "" : chip(Topics.Kind.DIFFICULTY, label, relRoot).href();
        return new MetaView(id, label, difficultyHref, chips(Topics.Kind.TAG, m.tags(), relRoot),
                chips(Topics.Kind.COMPANY, m.companies(), relRoot), chips(Topics.Kind.TERM, derived, relRoot));
    }

    /** The derived topics of an item, for its chips. */
    List<String> derivedTopics(Guide g, String slug) {
        return relations.topicsOf(Relations.id(g, slug));
    }

    /** The related questions of a question, from a page {@code relRoot} away from the root. */
    List<RelatedView> related(Guide g, String slug, String relRoot) {
        List<RelatedView> out = new ArrayList<>();
        for (String id : relations.relatedTo(Relations.id(g, slug))) {
            Topics.Item item = topics.item(id);
            if (item == null || item.reference()) continue;
            out.add(new RelatedView(titleHtml(item), href(relRoot, item), guideTitleHtml(item.guide())));
        }
        return out;
    }

    /** Titles are rendered once per build, though an item is on several topic pages; pages render in parallel. */
    private String titleHtml(Topics.Item item) {
        return titles.computeIfAbsent(item.id(), id -> md.inline(item.title()));
    }

    private String guideTitleHtml(Guide g) {
        return titles.computeIfAbsent(g.slug() + "/", id -> md.inline(g.title()));
    }

    /** One chip per topic, named as its topic is. */
    private List<TopicLinkView> chips(Topics.Kind kind, List<String> labels, String relRoot) {
        return labels.stream().map(l -> chip(kind, l, relRoot)).distinct().toList();
    }

    private TopicLinkView chip(Topics.Kind kind, String label, String relRoot) {
        Topics.Topic t = topics.find(kind, label);
        if (t == null) return new TopicLinkView(label.strip(), "", 0);
        return new TopicLinkView(t.label(), t.hasPage() ? map.paths().link(relRoot, t.dir()) : "", t.items().size());
    }

    /** A question's page, or a reference's anchor on its guide's page. */
    private String href(String relRoot, Topics.Item item) {
        return item.reference() ? map.paths().link(relRoot, map.dirOf(item.guide(), item.slug())) + "#" + item.slug()
                : map.paths().link(relRoot, SitePaths.question(item.guide(), item.slug()));
    }
}
