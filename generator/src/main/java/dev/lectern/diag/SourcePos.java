package dev.lectern.diag;

/** A place in a source file: the path as the user wrote it (relative to the working directory) and a 1-based line. */
public record SourcePos(String file, int line, int column) implements Comparable<SourcePos> {
    public SourcePos {
        if (file == null) throw new IllegalArgumentException("file");
    }

    public static SourcePos of(String file, int line) {
        return new SourcePos(file, line, 0);
    }

    /** The same file, another line. */
    public SourcePos atLine(int newLine) {
        return new SourcePos(file, newLine, 0);
    }

    @Override
    public int compareTo(SourcePos o) {
        int c = file.compareTo(o.file);
        if (c != 0) return c;
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }

    /** {@code file:line} or {@code file:line:col}, the format editors and CI annotators understand. */
    @Override
    public String toString() {
        if (line <= 0) return file;
        return column > 0 ? file + ":" + line + ":" + column : file + ":" + line;
    }
}
