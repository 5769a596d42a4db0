package dev.lectern.source.scan;

import dev.lectern.diag.SourcePos;
import dev.lectern.model.Block;
import dev.lectern.model.Group;
import java.util.ArrayList;
import java.util.List;

/**
 * Mintlify's list-like components as {@link Group}s: {@code <Step>} items gathered by {@code <Steps>}, {@code <Card>}
 * items by {@code <CardGroup cols>} or {@code <Columns cols>}, fields ({@code <ResponseField name type required>},
 * {@code <ParamField query="limit" type default>}) by whatever run of them stands together, {@code <Frame caption>}.
 */
final class MintlifyGroups {
    /** The places a {@code <ParamField>} names its parameter by (the attribute's value is the name). */
    private static final List<String> LOCATIONS = List.of("path", "query", "body", "header", "cookie");
    /** The facts a field shows, in this order. */
    private static final List<String> FACTS = List.of("type", "default", "required", "deprecated");

    private MintlifyGroups() {
    }

    static boolean isItem(String name) {
        return name.equals("Step") || name.equals("Card") || name.equals("ResponseField") || name.equals("ParamField")
                || name.equals("Frame");
    }

    /** A one-item group for the component {@code tag} whose children are {@code body}. */
    static Group item(Tag tag, List<Block> body, SourcePos pos) {
        switch (tag.name()) {
            case "Step":
                return new Group(Group.Kind.STEPS, 0, List.of(new Group.Item(text(tag.attr("title")), "", List.of(), body)), pos);
            case "Card":
                return new Group(Group.Kind.CARDS, 1, List.of(new Group.Item(text(tag.attr("title")), unbrace(tag.attr("href")), cardFacts(tag), body)), pos);
            case "Frame":
                return new Group(Group.Kind.FIGURE, 0, List.of(new Group.Item(text(tag.attr("caption")), "", List.of(), body)), pos);
            default:
                return field(tag, body, pos);
        }
    }

    /** What a card shows beside its title and text: its image ({@code img}), call to action ({@code cta}) and {@code arrow}. */
    private static List<Group.Fact> cardFacts(Tag tag) {
        List<Group.Fact> facts = new ArrayList<>();
        if (!unbrace(tag.attr("img")).isBlank()) facts.add(new Group.Fact("img", unbrace(tag.attr("img"))));
        if (!text(tag.attr("cta")).isBlank()) facts.add(new Group.Fact("cta", text(tag.attr("cta"))));
        if (tag.attributes().containsKey("arrow") && !unbrace(tag.attr("arrow")).equals("false")) facts.add(new Group.Fact("arrow", ""));
        return facts;
    }

    private static Group field(Tag tag, List<Block> body, SourcePos pos) {
        String name = tag.attr("name");
        List<Group.Fact> facts = new ArrayList<>();
        for (String where : LOCATIONS) {
            if (name.isEmpty() && tag.attributes().containsKey(where)) {
                name = tag.attr(where);
                facts.add(new Group.Fact("in", where));
            }
        }
        for (String fact : FACTS) {
            if (!tag.attributes().containsKey(fact)) continue;
            String value = tag.attr(fact);
            if (value.equals("false") && !fact.equals("default")) continue;  // required={false}
            facts.add(new Group.Fact(fact, value.equals("true") && !fact.equals("default") ? "" : unbrace(value)));
        }
        return new Group(Group.Kind.FIELDS, 0, List.of(new Group.Item(name, "", facts, body)), pos);
    }

    /** The children of {@code <Steps>} or {@code <CardGroup cols>}: its items as one group, anything else kept around it. */
    static List<Block> gather(Group.Kind kind, int columns, List<Block> children, SourcePos pos) {
        List<Block> out = new ArrayList<>();
        List<Group.Item> items = new ArrayList<>();
        for (Block b : children) {
            if (b instanceof Group g && g.kind() == kind) {
                items.addAll(g.items());
                continue;
            }
            if (!items.isEmpty()) out.add(new Group(kind, columns, items, pos));
            items = new ArrayList<>();
            out.add(b);
        }
        if (!items.isEmpty()) out.add(new Group(kind, columns, items, pos));
        return out;
    }

    /** {@code cols={3}} or {@code cols="3"} as a number from 1 to 4; Mintlify's default is 2. */
    static int columns(Tag tag) {
        String v = unbrace(tag.attr("cols")).strip();
        if (v.length() == 1 && v.charAt(0) >= '1' && v.charAt(0) <= '4') return v.charAt(0) - '0';
        return 2;
    }

    /** Adjacent field groups are one list, as Mintlify shows them. */
    static Group mergeFields(Group before, Group next) {
        List<Group.Item> items = new ArrayList<>(before.items());
        items.addAll(next.items());
        return new Group(Group.Kind.FIELDS, 0, items, before.pos());
    }

    /**
     * A title given as a JSX expression, as the inline HTML it holds: {@code {<>Run <code>x</code></>}} → {@code Run
     * <code>x</code>}, {@code {"Setup"}} → {@code Setup}; a plain string stays as it is.
     */
    static String text(String v) {
        String s = unbrace(v);
        if (s.startsWith("<>") && s.endsWith("</>")) s = s.substring(2, s.length() - 3).strip();
        return s;
    }

    /** A JSX expression's source text without its braces ({@link Tag} already drops those of an attribute). */
    private static String unbrace(String v) {
        String s = v.strip();
        return s.startsWith("{") && s.endsWith("}") ? s.substring(1, s.length() - 1).strip() : s;
    }
}
