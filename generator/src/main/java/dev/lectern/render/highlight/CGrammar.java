package dev.lectern.render.highlight;

import static dev.lectern.render.highlight.TokenClass.COMMENT;
import static dev.lectern.render.highlight.TokenClass.STRING;

import io.noties.prism4j.Prism4j;

/** C (C23) and C++ (C++23): C++ is C with its own keywords and raw strings. */
final class CGrammar {
    private static final String C_KEYWORDS = "auto break case char const continue default do double else enum extern "
            + "float for goto if inline int long register restrict return short signed sizeof static struct switch "
            + "typedef union unsigned void volatile while _Alignas _Alignof _Atomic _Bool _Generic _Noreturn "
            + "_Static_assert _Thread_local alignas alignof bool constexpr static_assert thread_local typeof";
    private static final String CPP_KEYWORDS = " and and_eq asm bitand bitor catch class co_await co_return co_yield "
            + "compl concept consteval constinit const_cast decltype delete dynamic_cast explicit export final friend "
            + "mutable namespace new noexcept not not_eq operator or or_eq override private protected public "
            + "reinterpret_cast requires static_cast template this throw try typeid typename using virtual wchar_t "
            + "xor xor_eq char8_t char16_t char32_t";
    private static final String C_BUILTINS = "size_t ptrdiff_t int8_t int16_t int32_t int64_t uint8_t uint16_t uint32_t "
            + "uint64_t intptr_t uintptr_t FILE printf fprintf sprintf snprintf scanf malloc calloc realloc free memcpy "
            + "memset strlen strcmp strcpy puts fopen fclose";
    private static final String CPP_BUILTINS = " std string vector map unordered_map set unique_ptr shared_ptr "
            + "make_unique make_shared optional variant array span string_view cout cerr endl move forward";
    /** u8"…", L'x' and the other encoding prefixes. */
    private static final String PREFIX = "(?:(?<![\\w$])(?:u8|[LuU]))?";

    private CGrammar() {
    }

    static Prism4j.Grammar c() {
        return CFamily.named("c").keywords(C_KEYWORDS).builtins(C_BUILTINS).constants("true false NULL nullptr")
                .definers("struct|enum|union").own(CFamily.INCLUDE, CFamily.DIRECTIVE)
                .build(strings(false));
    }

    static Prism4j.Grammar cpp() {
        return CFamily.named("cpp").keywords(C_KEYWORDS + CPP_KEYWORDS).builtins(C_BUILTINS + CPP_BUILTINS)
                .constants("true false NULL nullptr").definers("class|struct|enum|union|namespace|concept|typename")
                .own(CFamily.INCLUDE, CFamily.DIRECTIVE).build(strings(true));
    }

    private static Delimited strings(boolean raw) {
        Prism4j.Grammar escapes = JavaScriptGrammar.escapes();
        Delimited d = new Delimited(raw ? "cpp-delimited" : "c-delimited", "[/'\"LuUR]")
                .add(COMMENT, CFamily.LINE_COMMENT + "|" + CFamily.BLOCK_COMMENT);
        // R"delim( … )delim": no escapes, any line breaks
        if (raw) d.add(STRING, PREFIX + "R\"(?<rawDelim>[^()\\\\\\s]{0,16})\\([\\s\\S]*?(?:\\)\\k<rawDelim>\"|\\z)");
        return d.add(STRING, PREFIX + CFamily.QUOTED, escapes).add(STRING, PREFIX + CFamily.CHAR, escapes);
    }
}
