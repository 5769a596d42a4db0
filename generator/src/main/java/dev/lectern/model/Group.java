package dev.lectern.model;

import dev.lectern.diag.SourcePos;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A list of titled items shown as one construct: numbered steps (Mintlify {@code <Steps>}/{@code <Step title>}), link
 * cards ({@code <CardGroup cols>}/{@code <Card title href>}), API fields ({@code <ResponseField>}, {@code <ParamField>})
 * or a captioned figure ({@code <Frame caption>}, one item whose title is the caption), or content aligned as a
 * whole (GitHub's {@code <div align="center">}: one untitled item whose one fact {@code align} is left, center, right
 * or justify). {@code columns} is the card grid's width (1 for a lone card, 0 where it means nothing).
 */
public record Group(Kind kind, int columns, List<Item> items, SourcePos pos) implements Block {
    public Group {
        items = List.copyOf(items);
    }

    public enum Kind { STEPS, CARDS, FIELDS, FIGURE, ALIGNED }

    /**
     * {@code title} is inline Markdown (a field's name, a card's or step's title, a figure's caption), empty for none;
     * {@code href} a card's link as written, empty for none; {@code facts} what a field declares (type, location,
     * required, default, deprecated), in the order it declares them, or what a card shows beside its title: its image
     * ({@code img}, a URL as written), its call to action ({@code cta}, inline Markdown) and {@code arrow}.
     */
    public record Item(String title, String href, List<Fact> facts, List<Block> body) {
        public Item {
            facts = List.copyOf(facts);
            body = List.copyOf(body);
        }
    }

    /** One declared property of a field ({@code type}=string, {@code in}=query, {@code required}, {@code default}=10) or of a card. */
    public record Fact(String name, String value) {
    }

    /** The same group with each item's body passed through {@code f} (for passes that rewrite blocks in place). */
    public Group mapBodies(UnaryOperator<List<Block>> f) {
        return new Group(kind, columns, items.stream().map(i -> new Item(i.title(), i.href(), i.facts(), f.apply(i.body()))).toList(), pos);
    }
}
