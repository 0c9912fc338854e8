package dev.accounthealth.streams;

import dev.accounthealth.event.Marketplace;
import dev.accounthealth.report.HealthStatus;
import dev.accounthealth.state.SellerState;
import dev.accounthealth.state.SellerStateFormatException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the store keeps of one seller: the seller's state and what alerting needs to go on after a
 * restart without repeating itself — the statuses last alerted on, the instant of the last
 * evaluation and the next instant at which time alone may change a status.
 *
 * <p>Bytes, version 1: the magic {@code AHSK}, the version (two bytes), the last evaluation's
 * instant and the next wake-up as epoch milliseconds ({@code Long.MIN_VALUE} for none), the
 * account status (a string in Java's modified UTF-8, empty for none), the number of marketplaces
 * and each marketplace's code and status, the length of the seller state and the state's own
 * bytes ({@link SellerState#toBytes()}). Integers big-endian.
 *
 * @param state the seller's retained events
 * @param lastAsOf the instant of the last evaluation
 * @param nextWakeUp when time alone may next change a status, as the last report tells
 * @param account the account status last alerted on
 * @param marketplaces the marketplace statuses last alerted on
 */
record SellerRecord(SellerState state, Optional<Instant> lastAsOf, Optional<Instant> nextWakeUp,
                    Optional<HealthStatus> account, SortedMap<Marketplace, HealthStatus> marketplaces) {
    private static final int MAGIC = 0x4148534B;
    private static final int VERSION = 1;
    private static final long NONE = Long.MIN_VALUE;

    SellerRecord {
        marketplaces = Collections.unmodifiableSortedMap(new TreeMap<>(marketplaces));
    }

    /** A seller never evaluated. */
    static SellerRecord fresh() {
        return new SellerRecord(SellerState.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                new TreeMap<>());
    }

    byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeShort(VERSION);
            out.writeLong(lastAsOf.map(Instant::toEpochMilli).orElse(NONE));
            out.writeLong(nextWakeUp.map(Instant::toEpochMilli).orElse(NONE));
            out.writeUTF(account.map(Enum::name).orElse(""));
            out.writeInt(marketplaces.size());
            for (var entry : marketplaces.entrySet()) {
                out.writeUTF(entry.getKey().name());
                out.writeUTF(entry.getValue().name());
            }
            byte[] state = this.state.toBytes();
            out.writeInt(state.length);
            out.write(state);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory", e);
        }
        return bytes.toByteArray();
    }

    /**
     * @throws SellerStateFormatException when the bytes are not a seller record of version 1
     */
    static SellerRecord fromBytes(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            Optional<Instant> lastAsOf = header(in);
            Optional<Instant> nextWakeUp = instant(in.readLong());
            String account = in.readUTF();
            int count = in.readInt();
            SortedMap<Marketplace, HealthStatus> marketplaces = new TreeMap<>();
            for (int i = 0; i < count; i++) {
                marketplaces.put(Marketplace.valueOf(in.readUTF()), HealthStatus.valueOf(in.readUTF()));
            }
            byte[] state = new byte[in.readInt()];
            in.readFully(state);
            return new SellerRecord(SellerState.fromBytes(state), lastAsOf, nextWakeUp,
                    account.isEmpty() ? Optional.empty() : Optional.of(HealthStatus.valueOf(account)), marketplaces);
        } catch (IOException | IllegalArgumentException | NegativeArraySizeException e) {
            throw new SellerStateFormatException("not a seller record of version " + VERSION + ": " + e, e);
        }
    }

    /** The next wake-up of a record's bytes, read without decoding its state. */
    static Optional<Instant> nextWakeUp(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            header(in);
            return instant(in.readLong());
        } catch (IOException e) {
            throw new SellerStateFormatException("not a seller record of version " + VERSION + ": " + e, e);
        }
    }

    private static Optional<Instant> header(DataInputStream in) throws IOException {
        if (in.readInt() != MAGIC) {
            throw new SellerStateFormatException("not a seller record: it does not start with \"AHSK\"");
        }
        int version = in.readUnsignedShort();
        if (version != VERSION) {
            throw new SellerStateFormatException("seller record version " + version + " is not supported: this reads "
                    + VERSION);
        }
        return instant(in.readLong());
    }

    private static Optional<Instant> instant(long millis) {
        return millis == NONE ? Optional.empty() : Optional.of(Instant.ofEpochMilli(millis));
    }
}
