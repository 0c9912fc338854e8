package dev.accounthealth.internal.measure;

import dev.accounthealth.internal.facts.Counted;
import dev.accounthealth.internal.measure.Classification.ClassSet;
import dev.accounthealth.internal.measure.Classification.Group;
import dev.accounthealth.internal.measure.Classification.GroupKey;
import dev.accounthealth.internal.measure.Classification.Keep;
import dev.accounthealth.internal.measure.Classification.Memberships;
import dev.accounthealth.internal.measure.Classification.Tally;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One count of a live session, kept from one report to the next and moved along to each new
 * instant. Between two reports a few events apart, only a few items can count differently: those
 * whose anchor entered or left the window, those whose spans changed (the change logs of the
 * denominator's and numerator's classes), and those with a span starting or ending in between
 * (kept ahead, by instant). Each of them is counted again as it stands now, whatever it was
 * counted as before, so the count is always what counting every item of the window would give.
 * When more than a few moved, or the instant went back, or a change log started again, it counts
 * every item afresh.
 */
final class KeptCount {
    /** Beyond this many items to count again, besides an eighth of those counted, counting afresh is as quick. */
    private static final int FEW = 64;

    private final Classification classification;
    private final GroupKey key;
    private final ClassSet numerator;
    /** The denominator's class, then the numerator's. */
    private final int[] watched;
    private final int[] epochs;
    private final int[] logAt;
    private Instant at;
    private Instant from;
    private Instant to;
    /** The items counted, in the numerator and not. */
    private final Set<Counted> in = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Counted> out = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Instants after the count's at which an item of the window starts or stops holding a class counted. */
    private final PriorityQueue<Ahead> ahead = new PriorityQueue<>(Ahead.BY_INSTANT);
    /** For root causes, how many of the items counted have each value of a dimension, kept as items come and go. */
    private final Map<Profile, Histogram> histograms = new HashMap<>();
    /**
     * Bumped whenever the items in the numerator, or those counted but not in it, change: what was
     * derived from them at one version holds for it.
     */
    private long inVersion;
    private long outVersion;
    /** What counts derived from their items, by what it is, with the version it was derived at. */
    private final Map<Object, Known> derived = new HashMap<>();

    KeptCount(Classification classification, GroupKey key, ClassSet numerator) {
        this.classification = classification;
        this.key = key;
        this.numerator = numerator;
        this.watched = new int[1 + numerator.ids.cardinality()];
        watched[0] = key.classId();
        int k = 1;
        for (int id = numerator.ids.nextSetBit(0); id >= 0; id = numerator.ids.nextSetBit(id + 1)) {
            watched[k++] = id;
        }
        this.epochs = new int[watched.length];
        this.logAt = new int[watched.length];
    }

    /** The count at a window's instant, with the items {@code keep} asks for, in no particular order. */
    Tally at(MetricWindow window, Group group, Keep keep) {
        Instant instant = window.getMoment().getStatusAt();
        if (at == null || instant.isBefore(at) || !movedTo(window, group, instant)) {
            countAfresh(window, group, instant);
        }
        List<Counted> items = switch (keep) {
            case NONE -> List.of();
            case FLAGGED -> new ArrayList<>(in);
            case SHORT -> new ArrayList<>(out);
            case ALL -> {
                List<Counted> all = new ArrayList<>(in);
                all.addAll(out);
                yield all;
            }
        };
        return new Tally(in.size(), in.size() + (long) out.size(), items, java.util.Optional.of(this));
    }

    /**
     * Along one dimension, the values of the flagged items (read with why they are flagged), each
     * with how many flagged items and how many items counted have it: kept up to date as the
     * count moves, once asked for.
     *
     * @param flaggedAreShort whether the flagged items are those not in the numerator
     */
    List<ValueTally> valueTallies(Dimension dimension, LocalTime cutoff, boolean flaggedAreShort) {
        Histogram histogram = histograms.computeIfAbsent(new Profile(dimension, cutoff, flaggedAreShort), profile -> {
            Histogram fresh = new Histogram(profile);
            in.forEach(item -> fresh.add(item, true));
            out.forEach(item -> fresh.add(item, false));
            return fresh;
        });
        List<ValueTally> tallies = new ArrayList<>(histogram.flagged.size());
        histogram.flagged.forEach((value, flagged) -> tallies.add(new ValueTally(value, flagged[0],
                histogram.counted(value) - histogram.count(histogram.flaggedByItself, value) + flagged[0])));
        return tallies;
    }

    /** Which items are counted, as a number that changes whenever they do. */
    long version() {
        return inVersion + outVersion;
    }

    /**
     * Which items are in the numerator ({@code shortSide} false) or counted but not in it, as a
     * number that changes whenever they do.
     */
    long versionOf(boolean shortSide) {
        return shortSide ? outVersion : inVersion;
    }

    /**
     * Something a count read at {@code version} derives from its items (the ids it lists, its
     * root causes), derived once per version and key while the items stay at that version;
     * {@code current} is what that version reads now.
     */
    <T> T derived(long version, long current, Object key, Supplier<T> derive) {
        if (version != current) {
            return derive.get();
        }
        Known known = derived.get(key);
        if (known == null || known.version != version) {
            known = new Known(version, derive.get());
            derived.put(key, known);
        }
        @SuppressWarnings("unchecked")
        T value = (T) known.value;
        return value;
    }

    /** Something derived, and the version of the items it was derived from. */
    private record Known(long version, Object value) {
    }

    private void count(Counted item, boolean inNumerator) {
        if (inNumerator) {
            inVersion++;
            in.add(item);
        } else {
            outVersion++;
            out.add(item);
        }
        for (Histogram histogram : histograms.values()) {
            histogram.add(item, inNumerator);
        }
    }

    private void uncount(Counted item) {
        boolean wasIn = in.remove(item);
        if (wasIn || out.remove(item)) {
            if (wasIn) {
                inVersion++;
            } else {
                outVersion++;
            }
            for (Histogram histogram : histograms.values()) {
                histogram.remove(item);
            }
        }
    }

    private void countAfresh(MetricWindow window, Group group, Instant instant) {
        inVersion++;
        outVersion++;
        in.clear();
        out.clear();
        ahead.clear();
        histograms.clear();
        at = instant;
        from = window.getFrom();
        to = window.getTo();
        markLogs();
        int hi = group.firstAfter(to);
        for (int i = group.firstAfter(from); i < hi; i++) {
            if (group.takenOut(i)) {
                continue;
            }
            Counted item = group.spans[i].item;
            Memberships memberships = group.memberships[i];
            if (group.holdsAt(i, instant)) {
                (Classification.inAny(memberships, numerator, instant) ? in : out).add(item);
            }
            group.changesAfter(i, instant, when -> ahead.add(new Ahead(when, item)));
            numeratorChangesAfter(memberships, item, instant);
        }
    }

    /** Moves the count to a later instant; {@code false}, leaving it to be counted afresh, when too much moved. */
    private boolean movedTo(MetricWindow window, Group group, Instant instant) {
        long moved = 0;
        List<Counted> again = new ArrayList<>();
        for (int c = 0; c < watched.length; c++) {
            if (classification.logEpoch(watched[c]) != epochs[c]) {
                return false;
            }
            moved += classification.changedBetween(watched[c], logAt[c], classification.changeLog(watched[c]).size(),
                    again);
        }
        Instant newFrom = window.getFrom();
        Instant newTo = window.getTo();
        int enteringFrom = group.firstAfter(to);
        int enteringTo = group.firstAfter(newTo);
        int leavingFrom = group.firstAfter(from);
        int leavingTo = group.firstAfter(newFrom);
        moved += (enteringTo - enteringFrom) + (leavingTo - leavingFrom);
        long few = FEW + (in.size() + (long) out.size()) / 8;
        if (moved > few || ahead.size() > 2 * (in.size() + out.size()) + 4L * FEW) {
            return false;
        }
        addItems(group, enteringFrom, enteringTo, again);
        addItems(group, leavingFrom, leavingTo, again);
        while (!ahead.isEmpty() && !ahead.peek().instant().isAfter(instant)) {
            again.add(ahead.poll().item());
            if (++moved > few) {
                return false;
            }
        }
        at = instant;
        from = newFrom;
        to = newTo;
        int stamp = classification.nextStamp();
        for (Counted item : again) {
            countAgain(item, stamp);
        }
        markLogs();
        return true;
    }

    private static void addItems(Group group, int from, int to, List<Counted> items) {
        for (int i = from; i < to; i++) {
            if (!group.takenOut(i)) {
                items.add(group.spans[i].item);
            }
        }
    }

    /** Counts one item again as it stands at the count's instant, whatever it was counted as before. */
    private void countAgain(Counted item, int stamp) {
        Memberships memberships = classification.mine(item);
        if (memberships != null) {
            if (memberships.moved == stamp) {
                return;
            }
            memberships.moved = stamp;
        }
        uncount(item);
        if (memberships == null) {
            return;
        }
        Group.Entry entry = classification.entryOf(item, memberships, key);
        if (entry == null || !entry.anchor.isAfter(from) || entry.anchor.isAfter(to)) {
            return;
        }
        if (entry.holdsAt(at)) {
            count(item, Classification.inAny(memberships, numerator, at));
        }
        entry.changesAfter(at, when -> ahead.add(new Ahead(when, item)));
        numeratorChangesAfter(memberships, item, at);
    }

    private void numeratorChangesAfter(Memberships memberships, Counted item, Instant instant) {
        if (!numerator.mayHold(memberships)) {
            return;
        }
        for (Span span = memberships.head; span != null; span = span.nextOfItem) {
            if (numerator.ids.get(span.classId) && !span.never) {
                Group.offerAfter(span.start(), instant, when -> ahead.add(new Ahead(when, item)));
                Group.offerAfter(span.until, instant, when -> ahead.add(new Ahead(when, item)));
            }
        }
    }

    private void markLogs() {
        for (int c = 0; c < watched.length; c++) {
            epochs[c] = classification.logEpoch(watched[c]);
            logAt[c] = classification.changeLog(watched[c]).size();
        }
    }

    private record Profile(Dimension dimension, LocalTime cutoff, boolean flaggedAreShort) {
    }

    /**
     * The values of one dimension among the items counted, read from each item by itself, and
     * among the flagged ones read with and without why they are flagged; with each item's, to take
     * back when it goes.
     */
    private final class Histogram {
        private final Profile profile;
        private final Map<String, long[]> counted = new HashMap<>();
        private final Map<String, long[]> flagged = new HashMap<>();
        private final Map<String, long[]> flaggedByItself = new HashMap<>();
        private final Map<Counted, String[][]> valuesOf = new IdentityHashMap<>();

        Histogram(Profile profile) {
            this.profile = profile;
        }

        void add(Counted item, boolean inNumerator) {
            String[] byItself = profile.dimension().valuesOf(item, List.of(), profile.cutoff());
            add(counted, byItself);
            if (inNumerator == profile.flaggedAreShort()) {
                valuesOf.put(item, new String[][] {byItself});
                return;
            }
            String[] withEvidence = profile.dimension().valuesOf(item,
                    classification.spansAt(item, numerator, at), profile.cutoff());
            add(flagged, withEvidence);
            add(flaggedByItself, byItself);
            valuesOf.put(item, new String[][] {byItself, withEvidence});
        }

        void remove(Counted item) {
            String[][] values = valuesOf.remove(item);
            take(counted, values[0]);
            if (values.length > 1) {
                take(flagged, values[1]);
                take(flaggedByItself, values[0]);
            }
        }

        long counted(String value) {
            return count(counted, value);
        }

        long count(Map<String, long[]> counts, String value) {
            long[] count = counts.get(value);
            return count == null ? 0 : count[0];
        }

        private static void add(Map<String, long[]> counts, String[] values) {
            for (String value : values) {
                counts.computeIfAbsent(value, v -> new long[1])[0]++;
            }
        }

        private static void take(Map<String, long[]> counts, String[] values) {
            for (String value : values) {
                long[] count = counts.get(value);
                if (--count[0] == 0) {
                    counts.remove(value);
                }
            }
        }
    }

    /** An instant at which an item may start or stop counting. */
    private record Ahead(Instant instant, Counted item) {
        static final Comparator<Ahead> BY_INSTANT = Comparator.comparing(Ahead::instant);
    }
}
