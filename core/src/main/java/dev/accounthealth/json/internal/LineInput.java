package dev.accounthealth.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Splits an input into lines as JSON Lines does: only a line feed ends a line, and a carriage
 * return just before it belongs to the line break (CRLF). A carriage return anywhere else is
 * part of the line: JSON takes it as white space between values, so it must not split one.
 *
 * <p>A line is held in memory only up to the limit; the rest of a longer line is skipped as it
 * streams past, counted but not kept.
 */
public abstract class LineInput {
    /** How much of a line over the limit is kept to show in a rejected line. */
    private static final int SHOWN = 200;

    final int maxLength;
    private boolean first = true;

    private LineInput(int maxLength) {
        this.maxLength = maxLength;
    }

    /**
     * The lines of UTF-8 bytes; a line that is not valid UTF-8 comes back refused, naming the
     * bytes, where they are and, when they are in a value, its field.
     *
     * @param maxLength the most bytes a line may have, its line break not counted
     */
    public static LineInput utf8(InputStream in, int maxLength) {
        return new Bytes(in, maxLength);
    }

    /**
     * The lines of text.
     *
     * @param maxLength the most characters a line may have, its line break not counted
     */
    public static LineInput text(Reader in, int maxLength) {
        return new Chars(in, maxLength);
    }

    /** The next line, or null at the end of the input. */
    public final Line next() throws IOException {
        Line line = read();
        if (line != null && first) {
            first = false;
            // A byte order mark, as some Windows tools write, is not part of the first line's JSON.
            if (line.text().startsWith("\uFEFF")) {
                line = new Line(line.text().substring(1), line.problem());
            }
        }
        return line;
    }

    abstract Line read() throws IOException;

    final Line tooLong(String beginning, long length, String unit) {
        String shown = beginning.length() <= SHOWN ? beginning : beginning.substring(0,
                Character.isHighSurrogate(beginning.charAt(SHOWN - 1)) ? SHOWN - 1 : SHOWN) + "…";
        return Line.refused(shown, new BadField("(line)", "the line has " + length + " " + unit
                + ", more than the " + maxLength + " a line may have"));
    }

    /** Lines of UTF-8 bytes, split and checked before they are decoded. */
    private static final class Bytes extends LineInput {
        private final InputStream in;
        private final byte[] buffer = new byte[64 * 1024];
        private int position;
        private int limit;
        private byte[] line = new byte[8 * 1024];
        private int length;
        private final CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);

        Bytes(InputStream in, int maxLength) {
            super(maxLength);
            this.in = in;
        }

        @Override
        Line read() throws IOException {
            length = 0;
            long total = 0;
            boolean any = false;
            boolean endsWithLineFeed = false;
            byte last = 0;
            while (true) {
                if (position == limit && !fill()) {
                    break;
                }
                any = true;
                int end = position;
                while (end < limit && buffer[end] != '\n') {
                    end++;
                }
                int n = end - position;
                if (n > 0) {
                    keep(position, n);
                    total += n;
                    last = buffer[end - 1];
                }
                position = end;
                if (end < limit) {
                    position++;
                    endsWithLineFeed = true;
                    break;
                }
            }
            if (!any) {
                return null;
            }
            if (endsWithLineFeed && total > 0 && last == '\r') {
                total--;
                length = (int) Math.min(length, total);
            }
            if (total > maxLength) {
                return tooLong(new String(line, 0, Math.min(length, 4 * SHOWN), StandardCharsets.UTF_8),
                        total, "bytes");
            }
            String text = new String(line, 0, length, StandardCharsets.UTF_8);
            // The decoder puts U+FFFD for each bad sequence; only then is a strict pass needed.
            return text.indexOf('\uFFFD') < 0 ? Line.of(text) : checked(text);
        }

        /** Keeps bytes of the current line, as many as can show it is over the limit. */
        private void keep(int from, int n) {
            int room = maxLength + 1 - length;
            int kept = Math.min(n, room);
            if (kept <= 0) {
                return;
            }
            if (length + kept > line.length) {
                line = Arrays.copyOf(line, (int) Math.min(Math.max(2L * line.length, length + kept), maxLength + 1L));
            }
            System.arraycopy(buffer, from, line, length, kept);
            length += kept;
        }

        private boolean fill() throws IOException {
            int n = in.read(buffer);
            position = 0;
            limit = Math.max(n, 0);
            return n > 0;
        }

        /** The line again, refused at its first sequence that is not UTF-8, if it has one. */
        private Line checked(String text) {
            ByteBuffer bytes = ByteBuffer.wrap(line, 0, length);
            CharBuffer chars = CharBuffer.allocate(length);
            strict.reset();
            CoderResult result = strict.decode(bytes, chars, true);
            if (!result.isError()) {
                return Line.of(text);
            }
            int at = bytes.position();
            byte[] bad = Arrays.copyOfRange(line, at, at + result.length());
            String field = JsonPath.fieldAt(text, chars.position());
            return Line.refused(text, new BadField(field, "not valid UTF-8: "
                    + (bad.length == 1 ? "byte " : "bytes ") + HexFormat.ofDelimiter(" ").withUpperCase().formatHex(bad)
                    + " at byte " + (at + 1) + " of the line"));
        }
    }

    /** Lines of text already decoded. */
    private static final class Chars extends LineInput {
        private final Reader in;
        private final char[] buffer = new char[16 * 1024];
        private int position;
        private int limit;
        private final StringBuilder line = new StringBuilder();

        Chars(Reader in, int maxLength) {
            super(maxLength);
            this.in = in;
        }

        @Override
        Line read() throws IOException {
            line.setLength(0);
            long total = 0;
            boolean any = false;
            boolean endsWithLineFeed = false;
            char last = 0;
            while (true) {
                if (position == limit && !fill()) {
                    break;
                }
                any = true;
                int end = position;
                while (end < limit && buffer[end] != '\n') {
                    end++;
                }
                int n = end - position;
                if (n > 0) {
                    int kept = (int) Math.min(n, Math.max(0, maxLength + 1L - line.length()));
                    line.append(buffer, position, kept);
                    total += n;
                    last = buffer[end - 1];
                }
                position = end;
                if (end < limit) {
                    position++;
                    endsWithLineFeed = true;
                    break;
                }
            }
            if (!any) {
                return null;
            }
            if (endsWithLineFeed && total > 0 && last == '\r') {
                total--;
                line.setLength((int) Math.min(line.length(), total));
            }
            if (total > maxLength) {
                return tooLong(line.substring(0, Math.min(line.length(), 2 * SHOWN)), total, "characters");
            }
            return Line.of(line.toString());
        }

        private boolean fill() throws IOException {
            int n = in.read(buffer);
            position = 0;
            limit = Math.max(n, 0);
            return n > 0;
        }
    }
}
