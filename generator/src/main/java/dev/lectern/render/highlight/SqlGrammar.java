package dev.lectern.render.highlight;

import static dev.lectern.render.highlight.TokenClass.BUILTIN;
import static dev.lectern.render.highlight.TokenClass.COMMENT;
import static dev.lectern.render.highlight.TokenClass.CONSTANT;
import static dev.lectern.render.highlight.TokenClass.FUNCTION;
import static dev.lectern.render.highlight.TokenClass.KEYWORD;
import static dev.lectern.render.highlight.TokenClass.NUMBER;
import static dev.lectern.render.highlight.TokenClass.OPERATOR;
import static dev.lectern.render.highlight.TokenClass.PROPERTY;
import static dev.lectern.render.highlight.TokenClass.PUNCTUATION;
import static dev.lectern.render.highlight.TokenClass.STRING;
import static dev.lectern.render.highlight.TokenClass.VARIABLE;

import io.noties.prism4j.Prism4j;

/**
 * SQL across the common dialects (standard, PostgreSQL, MySQL, SQLite), case-insensitive. Quoted identifiers
 * ({@code "order"}, {@code `order`}) are {@code property}: they name columns and tables, they are not text.
 */
final class SqlGrammar {
    private static final String[] KEYWORDS = {"ADD", "ALL", "ALTER", "ANALYZE", "AND", "ANY", "AS", "ASC", "AUTO_INCREMENT",
            "AUTOINCREMENT", "BEGIN", "BETWEEN", "BY", "CASCADE", "CASE", "CAST", "CHECK", "COLLATE", "COLUMN", "COMMIT",
            "CONFLICT", "CONSTRAINT", "CREATE", "CROSS", "CURRENT_DATE", "CURRENT_TIME", "CURRENT_TIMESTAMP", "DATABASE",
            "DECLARE", "DEFAULT", "DEFERRABLE", "DELETE", "DESC", "DESCRIBE", "DISTINCT", "DO", "DROP", "ELSE", "ELSIF",
            "END", "ESCAPE", "EXCEPT", "EXECUTE", "EXISTS", "EXPLAIN", "FETCH", "FILTER", "FIRST", "FOLLOWING", "FOR",
            "FOREIGN", "FROM", "FULL", "FUNCTION", "GRANT", "GROUP", "HAVING", "IF", "ILIKE", "IN", "INDEX", "INNER",
            "INSERT", "INTERSECT", "INTO", "IS", "JOIN", "KEY", "LANGUAGE", "LAST", "LATERAL", "LEFT", "LIKE", "LIMIT",
            "LOOP", "MATERIALIZED", "MERGE", "NATURAL", "NEXT", "NO", "NOT", "NOTHING", "NULLS", "OF", "OFFSET", "ON",
            "ONLY", "OR", "ORDER", "OUTER", "OVER", "PARTITION", "PRECEDING", "PRIMARY", "PROCEDURE", "RANGE", "RECURSIVE",
            "REFERENCES", "RENAME", "REPLACE", "RESTRICT", "RETURN", "RETURNING", "RETURNS", "REVOKE", "RIGHT", "ROLLBACK",
            "ROW", "ROWS", "SAVEPOINT", "SCHEMA", "SELECT", "SET", "SHOW", "SIMILAR", "TABLE", "TEMP", "TEMPORARY", "THEN",
            "TO", "TOP", "TRANSACTION", "TRIGGER", "TRUNCATE", "UNBOUNDED", "UNION", "UNIQUE", "UPDATE", "USE", "USING",
            "VACUUM", "VALUES", "VIEW", "WHEN", "WHERE", "WHILE", "WINDOW", "WITH", "WITHIN", "WITHOUT"};
    private static final String[] TYPES_AND_FUNCTIONS = {"BIGINT", "BIGSERIAL", "BINARY", "BIT", "BLOB", "BOOL", "BOOLEAN",
            "BYTEA", "CHAR", "CHARACTER", "DATE", "DATETIME", "DECIMAL", "DOUBLE", "FLOAT", "INT", "INTEGER", "INTERVAL",
            "JSON", "JSONB", "MONEY", "NUMERIC", "PRECISION", "REAL", "SERIAL", "SMALLINT", "TEXT", "TIME", "TIMESTAMP",
            "TIMESTAMPTZ", "TINYINT", "UUID", "VARBINARY", "VARCHAR", "AVG", "COALESCE", "COUNT", "DENSE_RANK", "GREATEST",
            "LAG", "LEAD", "LEAST", "LENGTH", "LOWER", "MAX", "MIN", "NOW", "NULLIF", "RANK", "ROUND", "ROW_NUMBER",
            "SUBSTRING", "SUM", "TRIM", "UPPER"};

    private SqlGrammar() {
    }

    static Prism4j.Grammar create() {
        return new GrammarBuilder("sql").add(
                new Delimited("sql-delimited", "[-/'\"`$EeNnXxBb]")
                        .add(COMMENT, "--[^\\n]*+|/\\*[\\s\\S]*?(?:\\*/|\\z)")
                        // standard quoting ('' doubles a quote), with the E'', N'', X'', B'' prefixes
                        .add(STRING, "(?<![\\w$])(?:[EeNnXxBb](?='))?'(?:[^']|'')*+'?")
                        // PostgreSQL dollar quoting $tag$ … $tag$; the tag group always takes part, maybe empty
                        .add(STRING, "\\$(?<tag>[A-Za-z_]\\w*+|)\\$[\\s\\S]*?(?:\\$\\k<tag>\\$|\\z)")
                        .add(PROPERTY, "\"(?:[^\"]|\"\")*+\"?|`(?:[^`]|``)*+`?").rule(),
                Rule.of(VARIABLE, "@@?[\\w$]++|(?<!:):[A-Za-z_]\\w*+|\\$\\d++|\\?"),
                // the name a definition gives, before it is taken for a keyword (CREATE FUNCTION add(…))
                Rule.of(FUNCTION, "(\\b(?:FUNCTION|PROCEDURE)[ \\t]+)[A-Za-z_][\\w$.]*+").lookbehind().ignoreCase(),
                Rule.of(KEYWORD, Rule.words(KEYWORDS)).ignoreCase(),
                Rule.of(CONSTANT, Rule.words("TRUE", "FALSE", "NULL", "UNKNOWN")).ignoreCase(),
                Rule.of(BUILTIN, Rule.words(TYPES_AND_FUNCTIONS)).ignoreCase(),
                Rule.of(FUNCTION, "(?<![\\w$.])[A-Za-z_][\\w$]*+(?=\\()"),
                Rule.of(NUMBER, "(?<![\\w.])(?:0x[0-9a-fA-F]++|\\d++(?:\\.\\d*+)?|\\.\\d++)(?:[eE][-+]?\\d++)?"),
                Rule.of(OPERATOR, "<>|!=|<=|>=|::|\\|\\||->>?|[-+*/%=<>~!&|^]"),
                Rule.of(PUNCTUATION, "[(),;.\\[\\]]")).grammar();
    }
}
