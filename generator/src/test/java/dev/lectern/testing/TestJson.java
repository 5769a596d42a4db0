package dev.lectern.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;

/**
 * The JSON we write, read back with Jackson: strictly (trailing text is an error), so a test that reads a file also
 * proves it parses. Objects come back as maps, arrays as lists, numbers as {@link Number}s.
 */
public final class TestJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private TestJson() {
    }

    public static Object parse(String json) {
        try {
            return MAPPER.readValue(json, Object.class);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** The payload of a search data file, {@code (…)["name"]=<json>;}. */
    public static Object dataFile(String text) {
        return parse(text.substring(text.indexOf("]=") + 2, text.lastIndexOf(';')));
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    public static List<Object> array(Object o) {
        return (List<Object>) o;
    }

    public static int integer(Object o) {
        return ((Number) o).intValue();
    }

    public static double number(Object o) {
        return ((Number) o).doubleValue();
    }
}
