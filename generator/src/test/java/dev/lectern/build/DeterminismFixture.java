package dev.lectern.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small site in four dialects with non-ASCII text (accents, Turkish dotted and dotless i, CJK, emoji), numbers
 * that locales format differently, questions that relate across guides and share title words (related questions
 * and derived topics), and, when asked, non-ASCII file names.
 */
final class DeterminismFixture {
    private DeterminismFixture() {
    }

    static Path write(Path dir, boolean nonAsciiNames) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("lectern.yml"), "title: Déterminisme — İstanbul ıi 1,234.5\ndescription: Ünïcødé everywhere 🐍\n"
                + "base_url: https://example.org/docs/\n");
        Files.writeString(dir.resolve(nonAsciiNames ? "ünïcødé.md" : "unicode.md"), """
                # Ünïcødé Questions

                Questions in many scripts: café, naïve, İstanbul, ıişİI, 日本語, 🐍.

                ## Strings and Text

                ### Q1: What is a Unicode string in Python?

                A sequence of code points: `len("é")` is 1, `"İ".lower()` is two code points.

                ```python
                s = "naïve café"
                print(s.upper(), f"{1234567.891:,.2f}")
                ```

                ### Q2: How do Python strings handle encoding?

                They are decoded from bytes: `b"caf\\xc3\\xa9".decode("utf-8")`. Größe, ßtraße, ǅ.

                ### Q3: Why do Python strings compare by code point?

                Because `"ä" < "z"` but `"Z" < "a"`; locale collation is not used.

                ## Numbers

                ### Q4: How are Python floats formatted?

                `format(1234.5, ",")` gives 1,234.5; a German locale would write 1.234,5. 10 000 000.

                | Wert | Zahl |
                |---|---|
                | İ | 1.5 |
                | ı | 2,5 |
                """);
        Files.writeString(dir.resolve(nonAsciiNames ? "straße-mkdocs.md" : "strasse-mkdocs.md"), """
                ---
                dialect: mkdocs
                ---
                # Straße MkDocs Guide

                ## Python Strings

                ### What is a Python string method?

                **Difficulty:** 🟢 Easy | **Tags:** `Strings`, `Unicode` | **Asked by:** Acme, Ünïcorp

                ??? success "View Answer"

                    Methods such as `str.casefold()`: "Straße".casefold() is "strasse".

                    !!! note "Dikkat: ılık"
                        Turkish I: `"I".lower()` in a Turkish locale is "ı".

                ### How do Python strings compare?

                **Difficulty:** 🟡 Medium | **Tags:** `Strings` | **Asked by:** Acme

                ??? success "View Answer"

                    === "Python 3"

                        ```python
                        sorted(["é", "e", "z", "É"])
                        ```

                    === "Python 2"

                        Bytes, not text.
                """);
        Files.writeString(dir.resolve(nonAsciiNames ? "日本語.mdx" : "nihongo.mdx"), """
                ---
                title: 日本語のガイド
                ---
                import Tabs from '@theme/Tabs';
                import TabItem from '@theme/TabItem';

                # 日本語のガイド

                ## 文字列

                ### What is a Python string in Japanese text?

                :::tip[ヒント]
                全角と半角: ＡＢＣ and ABC.
                :::

                <Tabs>
                  <TabItem value="a" label="ひらがな" default>

                あいうえお

                  </TabItem>
                </Tabs>
                """);
        Files.writeString(dir.resolve("plain.txt"), """
                Plain Text Questions

                What is a Python string literal?
                Text between quotes: 'é', "ü", \"""ı\""".

                Explain Python string slicing.
                s[1:3] takes characters 1 and 2.
                """);
        return dir;
    }
}
