package dev.example;

import java.util.*;
import java.util.function.Function;

/**
 * Javadoc with <b>html</b> and {@code code}.
 */
@FunctionalInterface
public sealed interface Shape permits Circle, Square {
    double area();
}

public record Circle(double radius) implements Shape {
    public static final double PI_ISH = 3.14_15d;

    @Override
    public double area() {
        return Math.PI * radius * radius; // area
    }
}

final class Main {
    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        var names = new ArrayList<String>(List.of("a", "b"));
        Map<String, Integer> counts = new HashMap<>();
        long big = 0x7FFF_FFFFL + 0b1010 + 1_000_000;
        float f = 1.5e-3f;
        char c = '\n', q = '\'', u = '\u0041';
        String text = """
            Text block with "quotes"
            and \t escapes
            """;
        names.forEach(n -> counts.merge(n, 1, Integer::sum));
        Object o = shape;
        String kind = switch (o) {
            case Circle ci when ci.radius() > 10 -> "big circle";
            case Square s -> "square";
            default -> { yield "other"; }
        };
        if (big >= 10 && !names.isEmpty() || c != 'x') {
            System.out.println("done: " + kind + null + true);
        }
    }
}
