package dev.accounthealth.internal.measure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.accounthealth.internal.measure.Classification.Group;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A group's entries are put in anchor order, ties in the order they came: the order a stable sort
 * through the instants' own comparison gives.
 */
class AnchorOrderProperties {

    @Property(tries = 2000)
    void ordersAsAStableSortOfTheInstants(@ForAll("anchors") List<Instant> anchors) {
        List<Group.Entry> entries = entries(anchors);
        int[] expected = IntStream.range(0, anchors.size()).boxed()
                .sorted(Comparator.comparing(anchors::get))
                .mapToInt(Integer::intValue).toArray();
        assertArrayEquals(expected, Group.inAnchorOrder(entries), anchors::toString);
    }

    @Property(tries = 300)
    void ordersASecondCrowdedWithAnchors(@ForAll("crowdedSecond") List<Instant> anchors) {
        ordersAsAStableSortOfTheInstants(anchors);
    }

    /**
     * From {@code Instant.MIN} to {@code Instant.MAX} is a span of 56 bits of seconds: with 128
     * entries (7 bits of positions) it fits in a long's 63 bits, with 129 (8 bits) it does not.
     */
    @Example
    void packsSecondsAsFarApartAsThePositionsLeaveRoomFor() {
        List<Instant> anchors = new ArrayList<>(List.of(Instant.MAX, Instant.MIN));
        anchors.addAll(java.util.Collections.nCopies(126, Instant.EPOCH));
        ordersAsAStableSortOfTheInstants(anchors);
        anchors.add(Instant.EPOCH);
        assertNull(Group.inAnchorOrder(entries(anchors)));
    }

    @Example
    void leavesToTheComparatorSecondsTooFarApartForThePositions() {
        List<Instant> anchors = new ArrayList<>(List.of(Instant.MAX, Instant.MIN));
        anchors.addAll(java.util.Collections.nCopies(298, Instant.EPOCH));
        List<Group.Entry> entries = entries(anchors);
        assertNull(Group.inAnchorOrder(entries));
        Group group = Group.of(entries, 0);
        assertEquals(Instant.MIN, group.anchors[0]);
        assertEquals(Instant.EPOCH, group.anchors[1]);
        assertEquals(Instant.EPOCH, group.anchors[298]);
        assertEquals(Instant.MAX, group.anchors[299]);
    }

    @Example
    void ordersNanosecondsWithinOneSecond() {
        Instant second = Instant.parse("2026-03-01T10:00:00Z");
        List<Instant> anchors = List.of(second.plusNanos(5), second.plusNanos(1), second, second.plusNanos(1),
                second.minusNanos(1));
        assertArrayEquals(new int[] {4, 2, 1, 3, 0}, Group.inAnchorOrder(entries(anchors)));
    }

    private static List<Group.Entry> entries(List<Instant> anchors) {
        List<Group.Entry> entries = new ArrayList<>();
        for (Instant anchor : anchors) {
            entries.add(new Group.Entry(anchor, null, null, null));
        }
        return entries;
    }

    @Provide
    Arbitrary<List<Instant>> crowdedSecond() {
        Arbitrary<Instant> inOneSecond = Arbitraries.integers().between(0, 999_999_999)
                .map(nano -> Instant.ofEpochSecond(1_700_000_000L, nano));
        Arbitrary<Instant> fewNanos = Arbitraries.of(0, 7, 500_000_000, 999_999_999)
                .map(nano -> Instant.ofEpochSecond(1_700_000_000L, nano));
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(3, inOneSecond),
                        net.jqwik.api.Tuple.of(1, fewNanos))
                .list().ofMinSize(33).ofMaxSize(400);
    }

    @Provide
    Arbitrary<List<Instant>> anchors() {
        // Few distinct seconds and nanoseconds, so ties and runs within one second are common.
        Arbitrary<Instant> near = Combinators.combine(
                        Arbitraries.longs().between(1_700_000_000L, 1_700_000_040L),
                        Arbitraries.of(0, 1, 999_999_999, 500_000_000))
                .as(Instant::ofEpochSecond);
        Arbitrary<Instant> anywhere = Combinators.combine(
                        Arbitraries.longs().between(-62_000_000_000L, 250_000_000_000L),
                        Arbitraries.integers().between(0, 999_999_999))
                .as(Instant::ofEpochSecond);
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(4, near),
                        net.jqwik.api.Tuple.of(1, anywhere))
                .list().ofMaxSize(300);
    }
}
