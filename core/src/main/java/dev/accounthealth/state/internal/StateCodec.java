package dev.accounthealth.state.internal;

import dev.accounthealth.event.SellerEvent;
import dev.accounthealth.json.EventFormatException;
import dev.accounthealth.json.EventReader;
import dev.accounthealth.json.EventWriter;
import dev.accounthealth.state.SellerStateFormatException;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The bytes of a seller state, version 1: the magic {@code AHSS}, the version as two bytes, the
 * number of events as four, the length in bytes of the events' text as four, that text (the
 * events as JSON Lines in UTF-8, the format of the events specification, one per line), and a
 * CRC-32 of everything before it as four. Integers are big-endian.
 */
public final class StateCodec {
    /** The version written. */
    public static final int VERSION = 1;

    private static final byte[] MAGIC = {'A', 'H', 'S', 'S'};
    private static final int HEADER = MAGIC.length + 2 + 4 + 4;
    private static final int CHECKSUM = 4;

    private StateCodec() {
    }

    /** The bytes of events, written in the order given. */
    public static byte[] encode(List<SellerEvent> events) {
        StringWriter text = new StringWriter(events.size() * 160);
        try {
            EventWriter.write(events, text);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory", e);
        }
        byte[] lines = text.toString().getBytes(StandardCharsets.UTF_8);
        ByteBuffer out = ByteBuffer.allocate(HEADER + lines.length + CHECKSUM);
        out.put(MAGIC).putShort((short) VERSION).putInt(events.size()).putInt(lines.length).put(lines);
        out.putInt((int) crc(out.array(), out.position()));
        return out.array();
    }

    /**
     * The events of a state's bytes.
     *
     * @throws SellerStateFormatException when the bytes are not a state of a version this reads
     */
    public static List<SellerEvent> decode(byte[] bytes) {
        if (bytes.length < MAGIC.length || !startsWithMagic(bytes)) {
            throw new SellerStateFormatException("not a seller state: it does not start with \"AHSS\"");
        }
        if (bytes.length < HEADER + CHECKSUM) {
            throw new SellerStateFormatException("seller state truncated: " + bytes.length + " bytes, a header alone needs "
                    + (HEADER + CHECKSUM));
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        in.position(MAGIC.length);
        int version = Short.toUnsignedInt(in.getShort());
        if (version != 1) {
            throw new SellerStateFormatException("seller state version " + version + " is not supported: this library reads"
                    + " version 1 to " + VERSION);
        }
        int count = in.getInt();
        int length = in.getInt();
        if (count < 0 || length < 0 || length != bytes.length - HEADER - CHECKSUM) {
            throw new SellerStateFormatException("seller state truncated or padded: its header gives " + length
                    + " bytes of events, " + (bytes.length - HEADER - CHECKSUM) + " follow it");
        }
        long expected = Integer.toUnsignedLong(ByteBuffer.wrap(bytes, bytes.length - CHECKSUM, CHECKSUM).getInt());
        long actual = crc(bytes, bytes.length - CHECKSUM);
        if (expected != actual) {
            throw new SellerStateFormatException(String.format("seller state corrupt: checksum %08x, the bytes give %08x",
                    expected, actual));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, HEADER, length)).toString();
        } catch (CharacterCodingException e) {
            throw new SellerStateFormatException("seller state corrupt: its events are not UTF-8", e);
        }
        List<SellerEvent> events;
        try {
            events = EventReader.strict().events(new StringReader(text), "seller state").toList();
        } catch (EventFormatException e) {
            throw new SellerStateFormatException("seller state corrupt: " + e.getMessage(), e);
        }
        if (events.size() != count) {
            throw new SellerStateFormatException("seller state corrupt: its header gives " + count + " events, it holds "
                    + events.size());
        }
        return events;
    }

    private static boolean startsWithMagic(byte[] bytes) {
        for (int i = 0; i < MAGIC.length; i++) {
            if (bytes[i] != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    private static long crc(byte[] bytes, int length) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, length);
        return crc.getValue();
    }
}
