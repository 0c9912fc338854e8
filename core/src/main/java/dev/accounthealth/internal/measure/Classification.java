package dev.accounthealth.internal.measure;

import dev.accounthealth.event.Marketplace;
import dev.accounthealth.internal.facts.Counted;
import dev.accounthealth.report.Channel;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the rules said about every item of one history, once: in which classes it is (due to
 * ship, late, defective, dissatisfied…) from when until when, whatever instant is evaluated. The
 * rule files reach it as the global {@code classify}:
 * <pre>{@code
 * classify.item($o).as("LATE").after($o.getLatestShipAt()).unlessBy($o.getShippedAt());
 * }</pre>
 * and count from it through {@link MetricWindow#count}. Any window at any instant is counted
 * from the same spans: the items of a class sorted by a metric's anchor, a window's anchors
 * found by binary search, each item in it tested against the instant.
 *
 * <p>One classification serves one rule session and one thread.
 */
public final class Classification {
    private final Map<String, Integer> classIds = new HashMap<>();
    private final List<String> classNames = new ArrayList<>();
    private final List<List<Span>> spans = new ArrayList<>();
    private final Map<GroupKey, Group> groups = new HashMap<>();
    /** The items a fact put in classes other than itself (the orders a feedback made defective). */
    private final Map<Counted, List<Counted>> causedOn = new java.util.IdentityHashMap<>();
    /** Per class and anchor, its items by marketplace and channel, each read once for every window over them. */
    private final Map<ClassAnchor, Built> buckets = new HashMap<>();
    /** Per class, how many times its spans changed: a group is rebuilt only when its class changed. */
    private long[] changes = new long[8];
    /**
     * Per class, once a group of it was built, the items whose spans of it changed since, oldest
     * first: a group catches up by taking out and putting back only those, in a live session
     * where a report follows a few events. The log restarts, as a new epoch, when it outgrows its class.
     */
    private final List<List<Counted>> changeLogs = new ArrayList<>();
    private int[] logEpochs = new int[8];
    /**
     * Per class, the stretches of its change log, as {@code [from, to)} pairs in log order, over
     * which every item changed and came back as it was (a forecast's paths, then the session put
     * back): a count kept at {@code asOf} has nothing to count again for them.
     */
    private final List<List<int[]>> roundTrips = new ArrayList<>();
    private int builds;
    /**
     * In a live session, the counts at {@code asOf} and at each lookback, kept from one report to
     * the next and moved along to the new instant; {@code null} when each count starts afresh.
     */
    private Map<KeptKey, KeptCount> keptCounts;

    /**
     * Keeps the counts at {@code asOf} and at each lookback from one count to the next, to move
     * them along rather than count every item again: for a live session, whose reports follow each
     * other a few events apart.
     */
    public void keepCounts() {
        keptCounts = new HashMap<>();
    }

    /** Starts classifying an item: {@code classify.item($o).as("DUE_TO_SHIP")…}. */
    public Item item(Counted item) {
        return new Item(item);
    }

    /** One item being classified. */
    public final class Item {
        private final Counted item;
        private Counted cause;

        private Item(Counted item) {
            this.item = item;
            this.cause = item;
        }

        /** Because of another fact than the item itself: the feedback, claim or chargeback behind a defective order. */
        public Item because(Counted cause) {
            this.cause = cause;
            return this;
        }

        /** Puts the item in a class, from when it is known and for ever until the span says otherwise. */
        public Span as(String className) {
            Span span = new Span(Classification.this, item, classId(className));
            span.cause = cause;
            Memberships memberships = (Memberships) item.memberships();
            if (memberships == null || memberships.owner != Classification.this) {
                memberships = new Memberships(Classification.this);
                item.memberships(memberships);
            }
            span.nextOfItem = memberships.head;
            span.maskBefore = memberships.mask;
            span.wideBefore = memberships.wide;
            memberships.head = span;
            memberships.mark(span.classId);
            spans.get(span.classId).add(span);
            if (cause != item) {
                causedOn.computeIfAbsent(cause, c -> new ArrayList<>(1)).add(item);
            }
            changed(span.classId, item);
            return span;
        }
    }

    /** Leaves out every span a fact was the cause of (it changed, and its rules will say again). */
    public void forget(Counted cause) {
        forgetOn(cause, cause);
        Memberships own = mine(cause);
        if (own != null) {
            // Spans another fact put it in stay, but its anchor or marketplace may have changed with it.
            for (Span span = own.head; span != null; span = span.nextOfItem) {
                changed(span.classId, cause);
            }
        }
        List<Counted> others = causedOn.remove(cause);
        if (others != null) {
            for (Counted item : others) {
                forgetOn(item, cause);
            }
        }
    }

    private void forgetOn(Counted item, Counted cause) {
        Memberships memberships = mine(item);
        if (memberships == null) {
            return;
        }
        Span previous = null;
        for (Span span = memberships.head; span != null; span = span.nextOfItem) {
            if (span.cause == cause) {
                span.never = true;
                unlink(memberships, previous, span);
            } else {
                previous = span;
            }
        }
        memberships.remark();
    }

    /** What this classification said of an item; {@code null} when it said nothing. */
    Memberships mine(Counted item) {
        Memberships memberships = (Memberships) item.memberships();
        return memberships != null && memberships.owner == this ? memberships : null;
    }

    /** A span that turned out never to hold leaves its item's spans at once, so counts skip it cheaply. */
    void dropped(Span span) {
        Memberships memberships = (Memberships) span.item.memberships();
        if (memberships.head == span) {
            // The usual case, a span dropped by the rule that just made it: the classes are as before it.
            memberships.head = span.nextOfItem;
            memberships.mask = span.maskBefore;
            memberships.wide = span.wideBefore;
            changed(span.classId, span.item);
            return;
        }
        Span previous = null;
        for (Span other = memberships.head; other != null; other = other.nextOfItem) {
            if (other == span) {
                unlink(memberships, previous, span);
                memberships.remark();
                return;
            }
            previous = other;
        }
    }

    private void unlink(Memberships memberships, Span previous, Span span) {
        if (previous == null) {
            memberships.head = span.nextOfItem;
        } else {
            previous.nextOfItem = span.nextOfItem;
        }
        changed(span.classId, span.item);
    }

    private void changed(int classId, Counted item) {
        if (classId >= changes.length) {
            changes = Arrays.copyOf(changes, Math.max(classId + 1, 2 * changes.length));
        }
        changes[classId]++;
        List<Counted> log = changeLogs.get(classId);
        if (log != null) {
            log.add(item);
            if (log.size() > LOG_LIMIT && log.size() > spans.get(classId).size()) {
                // Every group of the class is built afresh once; the spans that no longer hold go then.
                spans.get(classId).removeIf(span -> span.never);
                log.clear();
                roundTrips.get(classId).clear();
                logEpochs[classId]++;
            }
        }
    }

    /** Beyond this many changes, and more than its class has spans, a change log starts again. */
    private static final int LOG_LIMIT = 4096;

    private long changesOf(int classId) {
        return classId < changes.length ? changes[classId] : 0;
    }

    /** What the classification keeps on each item: its spans, newest first, and which classes they are of. */
    static final class Memberships {
        /** A fact may be judged again in another session: what an earlier one said is not read. */
        final Classification owner;
        Span head;
        /** While a group is built: the build that last saw the item, and the entries it made then. */
        int build;
        Object entries;
        /** While a group catches up: the catch-up that took the item out to put it back. */
        int caughtUp;
        /** While a kept count moves to a new instant: the move that counted the item again. */
        int moved;
        /** Bit {@code c} set when a span of class {@code c < 64} may hold; {@code wide} when a class is beyond. */
        long mask;
        boolean wide;

        Memberships(Classification owner) {
            this.owner = owner;
        }

        void mark(int classId) {
            if (classId < Long.SIZE) {
                mask |= 1L << classId;
            } else {
                wide = true;
            }
        }

        void remark() {
            mask = 0;
            wide = false;
            for (Span span = head; span != null; span = span.nextOfItem) {
                mark(span.classId);
            }
        }
    }

    /** Some classes, with a quick test against an item's mask. */
    static final class ClassSet {
        final BitSet ids = new BitSet();
        long mask;
        boolean wide;

        void add(int classId) {
            ids.set(classId);
            if (classId < Long.SIZE) {
                mask |= 1L << classId;
            } else {
                wide = true;
            }
        }

        boolean mayHold(Memberships memberships) {
            return memberships.wide || wide || (memberships.mask & mask) != 0;
        }
    }

    int classId(String name) {
        Integer id = classIds.get(name);
        if (id == null) {
            id = classNames.size();
            classIds.put(name, id);
            classNames.add(name);
            spans.add(new ArrayList<>());
            changeLogs.add(null);
            roundTrips.add(new ArrayList<>());
            if (id >= logEpochs.length) {
                logEpochs = Arrays.copyOf(logEpochs, 2 * id);
            }
        }
        return id;
    }

    String className(int id) {
        return classNames.get(id);
    }

    ClassSet classSet(String... names) {
        ClassSet set = new ClassSet();
        for (String name : names) {
            set.add(classId(name));
        }
        return set;
    }

    /** The spans of an item in any of some classes that hold at an instant: why it is in them. */
    List<Span> spansAt(Counted item, ClassSet classes, Instant at) {
        List<Span> found = new ArrayList<>(2);
        Memberships memberships = mine(item);
        for (Span span = memberships == null ? null : memberships.head; span != null; span = span.nextOfItem) {
            if (classes.ids.get(span.classId) && span.holdsAt(at)) {
                found.add(span);
            }
        }
        return found;
    }

    static boolean inAny(Memberships memberships, ClassSet classes, Instant at) {
        if (!classes.mayHold(memberships)) {
            return false;
        }
        for (Span span = memberships.head; span != null; span = span.nextOfItem) {
            if (classes.ids.get(span.classId) && span.holdsAt(at)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Counts, among the items of class {@code denominator} in a window's marketplace and channel
     * whose anchor lies in the window, those in it at the window's instant, and of them those in
     * any of {@code numerator}. A metric the inputs cannot measure counts nothing.
     *
     * @param keep which items to list: {@code FLAGGED} those in the numerator, {@code SHORT} those
     *     not in it, {@code ALL} every item counted, {@code NONE} none
     */
    Tally count(MetricWindow window, Marketplace marketplace, ClassSet numerator, int denominator, Keep keep) {
        if (!window.getDefinition().isMeasured()) {
            return new Tally(0, 0, List.of(), java.util.Optional.empty());
        }
        GroupKey key = new GroupKey(denominator, window.getDefinition().getAnchor(), marketplace, window.getChannel());
        Group group = group(key);
        Moment moment = window.getMoment();
        if (keptCounts != null && (moment.isNow() || moment.getKind() == Moment.Kind.LOOKBACK)) {
            KeptKey kept = new KeptKey(key, numerator.ids, window.getDefinition().getDays(),
                    window.getDefinition().getLagDays(), moment.getKind(), moment.getLookbackDays());
            return keptCounts.computeIfAbsent(kept, k -> new KeptCount(this, key, numerator))
                    .at(window, group, keep);
        }
        Instant at = moment.getStatusAt();
        int lo = group.firstAfter(window.getFrom());
        int hi = group.firstAfter(window.getTo());
        long counted = 0;
        long in = 0;
        List<Counted> items = keep == Keep.NONE ? List.of() : new ArrayList<>();
        for (int i = lo; i < hi; i++) {
            if (!group.holdsAt(i, at)) {
                continue;
            }
            counted++;
            Counted item = group.spans[i].item;
            boolean inNumerator = inAny(group.memberships[i], numerator, at);
            if (inNumerator) {
                in++;
            }
            if (keep == Keep.ALL || (keep == Keep.FLAGGED && inNumerator) || (keep == Keep.SHORT && !inNumerator)) {
                items.add(item);
            }
        }
        return new Tally(in, counted, items, java.util.Optional.empty());
    }

    /** Which items a count lists beside its figures. */
    enum Keep { NONE, FLAGGED, SHORT, ALL }

    /** Figures of one count, the items it listed, and the count kept between reports it was read from, if any. */
    record Tally(long numerator, long denominator, List<Counted> items, java.util.Optional<KeptCount> kept) {
    }

    private Group group(GroupKey key) {
        long now = changesOf(key.classId());
        Group group = groups.get(key);
        if (group != null && group.builtAt != now) {
            Group caughtUp = catchUp(group, key, now);
            if (caughtUp != null) {
                groups.put(key, caughtUp);
                return caughtUp;
            }
        }
        if (group == null || group.builtAt != now) {
            ClassAnchor classAnchor = new ClassAnchor(key.classId(), key.anchor());
            Built built = buckets.get(classAnchor);
            if (built == null || built.at() != now) {
                built = new Built(now, Group.buckets(key.anchor(), spans.get(key.classId()), ++builds));
                buckets.put(classAnchor, built);
            }
            Map<Bucket, List<Group.Entry>> byBucket = built.buckets();
            List<Group.Entry> entries = new ArrayList<>();
            byBucket.forEach((bucket, some) -> {
                if (bucket.marketplace() == key.marketplace() && Group.covers(key.channel(), bucket.channel())) {
                    entries.addAll(some);
                }
            });
            group = Group.of(entries, now);
            startLog(key.classId(), group);
            groups.put(key, group);
        }
        return group;
    }

    private void startLog(int classId, Group group) {
        List<Counted> log = changeLog(classId);
        group.logEpoch = logEpochs[classId];
        group.logAt = log.size();
    }

    /**
     * A group brought up to date by taking out the items whose spans of its class changed since it
     * was built and putting them back as they are now, in anchor order; {@code null} when that
     * would cost about as much as building it afresh.
     */
    private Group catchUp(Group group, GroupKey key, long now) {
        int classId = key.classId();
        List<Counted> log = changeLogs.get(classId);
        if (log == null || group.logEpoch != logEpochs[classId]) {
            return null;
        }
        List<Counted> changed = log.subList(group.logAt, log.size());
        if (changed.size() > 64 + group.size / 4) {
            return null;
        }
        int stamp = ++builds;
        List<Group.Entry> fresh = new ArrayList<>();
        List<Memberships> out = new ArrayList<>();
        for (Counted item : changed) {
            Memberships memberships = mine(item);
            if (memberships == null || memberships.caughtUp == stamp) {
                continue;
            }
            memberships.caughtUp = stamp;
            out.add(memberships);
            Group.Entry entry = entryOf(item, memberships, key);
            if (entry != null) {
                fresh.add(entry);
            }
        }
        fresh.sort(Group.Entry.BY_ANCHOR);
        if (group.updatedInPlace(out, fresh, now)) {
            group.logAt = log.size();
            return group;
        }
        Group caughtUp = group.merged(fresh, stamp, now);
        caughtUp.logEpoch = group.logEpoch;
        caughtUp.logAt = log.size();
        return caughtUp;
    }

    /**
     * An item's entry in the group of a key as building the group would make it, from its spans
     * as they are now; {@code null} when it has none there (another marketplace or channel, no
     * anchor, no span of the class that holds at any instant there).
     */
    Group.Entry entryOf(Counted item, Memberships memberships, GroupKey key) {
        Marketplace marketplace = key.marketplace();
        if ((item.getMarketplace() != marketplace && item.getEarlierMarketplace() != marketplace)
                || !Group.covers(key.channel(), item.getChannel())) {
            return null;
        }
        Instant anchor = Anchors.of(item, key.anchor());
        if (anchor == null) {
            return null;
        }
        Group.Entry entry = null;
        for (Span span = memberships.head; span != null; span = span.nextOfItem) {
            if (span.classId == key.classId() && !span.isEmpty()) {
                if (entry == null) {
                    entry = new Group.Entry(anchor, span, memberships, marketplace);
                }
                entry.piece(marketplace, span);
            }
        }
        return entry == null || entry.start == null ? null : entry;
    }

    /** The change log of a class, started if it was not: the items whose spans of it change from now on. */
    List<Counted> changeLog(int classId) {
        List<Counted> log = changeLogs.get(classId);
        if (log == null) {
            log = new ArrayList<>();
            changeLogs.set(classId, log);
        }
        return log;
    }

    /** How many times the change log of a class started again, losing what it held. */
    int logEpoch(int classId) {
        return logEpochs[classId];
    }

    /** A mark no earlier pass over items used. */
    int nextStamp() {
        return ++builds;
    }

    /**
     * Marks where every change log stands before the session's facts are changed and then put
     * back as they were (the forecast's paths); {@link #cameBack} says they are back.
     */
    public RoundTrip leaving() {
        int[] at = new int[changeLogs.size()];
        int[] epochs = new int[changeLogs.size()];
        for (int c = 0; c < at.length; c++) {
            List<Counted> log = changeLogs.get(c);
            at[c] = log == null ? -1 : log.size();
            epochs[c] = logEpochs[c];
        }
        return new RoundTrip(at, epochs);
    }

    /**
     * Says that every fact changed since {@code trip} is back as it was: the changes logged since
     * then are left out of what a kept count counts again. A log that started again meanwhile has
     * lost them anyway.
     */
    public void cameBack(RoundTrip trip) {
        for (int c = 0; c < trip.at().length; c++) {
            List<Counted> log = changeLogs.get(c);
            if (trip.at()[c] >= 0 && logEpochs[c] == trip.epochs()[c] && log.size() > trip.at()[c]) {
                roundTrips.get(c).add(new int[] {trip.at()[c], log.size()});
            }
        }
    }

    /** The first of some round trips, in log order, that starts at or after a place of the log. */
    private static int firstTripFrom(List<int[]> trips, int from) {
        int lo = 0;
        int hi = trips.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (trips.get(mid)[0] < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Where the change logs stood before the facts left on a round trip. */
    public record RoundTrip(int[] at, int[] epochs) {
    }

    /**
     * The items logged as changed in a class between two places of its log, added to {@code to},
     * leaving out the round trips wholly between them (a count that moved during one, as a rule
     * joining items to a window might make it, sees all of it); returns how many were added.
     */
    int changedBetween(int classId, int from, int until, List<Counted> to) {
        List<Counted> log = changeLogs.get(classId);
        List<int[]> trips = roundTrips.get(classId);
        int added = 0;
        int next = from;
        for (int t = firstTripFrom(trips, from); t < trips.size(); t++) {
            int[] trip = trips.get(t);
            if (trip[1] > until) {
                break;
            }
            for (int i = next; i < trip[0]; i++) {
                to.add(log.get(i));
                added++;
            }
            next = trip[1];
        }
        for (int i = next; i < until; i++) {
            to.add(log.get(i));
            added++;
        }
        return added;
    }

    /** A class's items by marketplace and channel, as they stood after so many changes of the class. */
    private record Built(long at, Map<Bucket, List<Group.Entry>> buckets) {
    }

    /** A count kept between reports: its group, numerator and window, at which kind of moment. */
    private record KeptKey(GroupKey group, BitSet numerator, int days, int lagDays, Moment.Kind kind,
                           int lookbackDays) {
    }

    record GroupKey(int classId, String anchor, Marketplace marketplace, Channel channel) {
    }

    private record ClassAnchor(int classId, String anchor) {
    }

    /** The items of a class in one marketplace, of one fulfilment channel ({@code null}: none). */
    private record Bucket(Marketplace marketplace, dev.accounthealth.event.FulfillmentChannel channel) {
    }

    /**
     * The items of one class for one marketplace and channel, sorted by a metric's anchor, each
     * with the spans of that class it holds in that marketplace (several when several rules put
     * it there; it counts once).
     */
    static final class Group {
        /** The start of an entry taken out in place: it holds at no instant, and is skipped. */
        private static final Instant TAKEN_OUT = Instant.ofEpochSecond(Instant.MAX.getEpochSecond(), 999_999_999);
        /** How far from the end an entry is put in place; further in, the group is merged afresh. */
        private static final int IN_PLACE_REACH = 64;

        Instant[] anchors;
        Span[] spans;
        Memberships[] memberships;
        Instant[] starts;
        Instant[] untils;
        /** For the rare item with more than one span of the class: the others, as start and until pairs. */
        Instant[][] more;
        /** How many entries are in use, of which {@code takenOut} hold no more. */
        int size;
        private int takenOut;
        /** Where each item's entry is, once the group has caught up in place; {@code null} before. */
        private Map<Memberships, Integer> positions;
        /** How many changes of its class it reflects. */
        long builtAt;
        /** Where in its class's change log it stands. */
        int logEpoch;
        int logAt;

        private Group(int size, long builtAt) {
            this.builtAt = builtAt;
            this.size = size;
            anchors = new Instant[size];
            spans = new Span[size];
            memberships = new Memberships[size];
            starts = new Instant[size];
            untils = new Instant[size];
            more = new Instant[size][];
        }

        /**
         * The items of one class, with their anchor and the instants they hold, by marketplace and
         * channel. An item with several spans of the class makes one entry, with every span's piece.
         */
        static Map<Bucket, List<Entry>> buckets(String anchorName, List<Span> all, int build) {
            all.removeIf(span -> span.never);
            Map<Bucket, List<Entry>> buckets = new HashMap<>();
            Anchors.Reader anchors = null;
            Bucket lastBucket = null;
            List<Entry> lastEntries = null;
            for (Span span : all) {
                if (span.isEmpty()) {
                    continue;
                }
                Counted item = span.item;
                Memberships memberships = (Memberships) item.memberships();
                if (memberships.build == build) {
                    if (memberships.entries instanceof Entry entry) {
                        entry.piece(entry.marketplace, span);
                    } else if (memberships.entries instanceof Entry[] entries) {
                        for (Entry entry : entries) {
                            entry.piece(entry.marketplace, span);
                        }
                    }
                    continue;
                }
                memberships.build = build;
                memberships.entries = null;
                if (anchors == null || anchors.type != item.getClass()) {
                    anchors = Anchors.reader(item.getClass(), anchorName);
                }
                Instant anchor = anchors.read(item);
                if (anchor == null) {
                    continue;
                }
                Entry current = new Entry(anchor, span, memberships, item.getMarketplace());
                current.piece(current.marketplace, span);
                // Items of one class mostly share a marketplace and channel: look the bucket up only when they change.
                if (lastBucket == null || lastBucket.marketplace() != item.getMarketplace()
                        || lastBucket.channel() != item.getChannel()) {
                    lastBucket = new Bucket(item.getMarketplace(), item.getChannel());
                    lastEntries = buckets.computeIfAbsent(lastBucket, b -> new ArrayList<>());
                }
                lastEntries.add(current);
                Entry earlier = item.getEarlierMarketplace() == null ? null
                        : add(buckets, item.getEarlierMarketplace(), item, memberships, anchor, span);
                memberships.entries = earlier == null ? current : new Entry[] {current, earlier};
            }
            for (List<Entry> entries : buckets.values()) {
                entries.removeIf(entry -> entry.start == null);
            }
            return buckets;
        }

        private static Entry add(Map<Bucket, List<Entry>> buckets, Marketplace marketplace, Counted item,
                                 Memberships memberships, Instant anchor, Span span) {
            Entry entry = new Entry(anchor, span, memberships, marketplace);
            entry.piece(marketplace, span);
            buckets.computeIfAbsent(new Bucket(marketplace, item.getChannel()), b -> new ArrayList<>()).add(entry);
            return entry;
        }

        static Group of(List<Entry> entries, long builtAt) {
            int size = entries.size();
            Group group = new Group(size, builtAt);
            int[] order = inAnchorOrder(entries);
            if (order == null) {
                entries.sort(Entry.BY_ANCHOR);
                for (int i = 0; i < size; i++) {
                    group.put(i, entries.get(i));
                }
            } else {
                for (int i = 0; i < size; i++) {
                    group.put(i, entries.get(order[i]));
                }
            }
            return group;
        }

        /**
         * The positions of some entries in anchor order, ties in the order given: the entries'
         * seconds, counted from the earliest, and their positions packed into longs and sorted as
         * numbers, which costs a fraction of sorting the entries through a comparator; then each
         * run of one second put in order of its nanoseconds. {@code null} when the seconds span
         * too long for the positions to fit beside them.
         */
        static int[] inAnchorOrder(List<Entry> entries) {
            int size = entries.size();
            int[] order = new int[size];
            if (size < 2) {
                return order;
            }
            long earliest = Long.MAX_VALUE;
            long latest = Long.MIN_VALUE;
            for (int i = 0; i < size; i++) {
                long second = entries.get(i).anchor.getEpochSecond();
                earliest = Math.min(earliest, second);
                latest = Math.max(latest, second);
            }
            int positionBits = Long.SIZE - Long.numberOfLeadingZeros(size - 1);
            long span = latest - earliest;
            if (span < 0 || Long.SIZE - 1 - positionBits < Long.SIZE - Long.numberOfLeadingZeros(span)) {
                return null;
            }
            long[] packed = new long[size];
            for (int i = 0; i < size; i++) {
                packed[i] = (entries.get(i).anchor.getEpochSecond() - earliest) << positionBits | i;
            }
            sortPacked(packed, positionBits, order, 0);
            int runStart = 0;
            for (int i = 1; i <= size; i++) {
                if (i == size || packed[i] >>> positionBits != packed[runStart] >>> positionBits) {
                    if (i - runStart > 1) {
                        byNanosWithinSecond(entries, order, runStart, i, positionBits);
                    }
                    runStart = i;
                }
            }
            return order;
        }

        /**
         * Sorts keys that each carry a position in their low {@code positionBits} bits, and writes
         * the positions in that order from {@code order[from]} on.
         */
        private static void sortPacked(long[] packed, int positionBits, int[] order, int from) {
            Arrays.sort(packed);
            long positionMask = (1L << positionBits) - 1;
            for (int i = 0; i < packed.length; i++) {
                order[from + i] = (int) (packed[i] & positionMask);
            }
        }

        /** A one-second run this long or shorter is put in order by insertion; a longer one as packed numbers too. */
        private static final int INSERTION_RUN = 32;

        /**
         * Puts one second's positions, which are in increasing order, in order of their anchors'
         * nanoseconds, ties in the order they are in: most such runs are a few entries long, but
         * timestamps can crowd one second with thousands.
         */
        private static void byNanosWithinSecond(List<Entry> entries, int[] order, int from, int to, int positionBits) {
            if (to - from > INSERTION_RUN) {
                long[] packed = new long[to - from];
                for (int i = from; i < to; i++) {
                    packed[i - from] = (long) entries.get(order[i]).anchor.getNano() << positionBits | order[i];
                }
                sortPacked(packed, positionBits, order, from);
                return;
            }
            for (int i = from + 1; i < to; i++) {
                int position = order[i];
                int nano = entries.get(position).anchor.getNano();
                int j = i - 1;
                while (j >= from && entries.get(order[j]).anchor.getNano() > nano) {
                    order[j + 1] = order[j];
                    j--;
                }
                order[j + 1] = position;
            }
        }

        private void put(int k, Entry e) {
            anchors[k] = e.anchor;
            spans[k] = e.span;
            memberships[k] = e.memberships;
            starts[k] = e.start;
            untils[k] = e.until;
            more[k] = e.more == null ? null : e.more.toArray(new Instant[0]);
        }

        /**
         * Takes out the entries of some items and puts in fresh ones (in anchor order), in place,
         * when every fresh entry goes near the end or where an entry taken out with the same
         * anchor was (its item's, or, for a forecast's copy of an item, the item's it stands for):
         * a live session's new orders and their shipments. Changes nothing and returns
         * {@code false} otherwise.
         */
        boolean updatedInPlace(List<Memberships> out, List<Entry> fresh, long now) {
            Map<Memberships, Integer> at = positions();
            Map<Instant, ArrayDeque<Integer>> vacated = new HashMap<>();
            for (Memberships item : out) {
                Integer position = at.get(item);
                if (position != null) {
                    vacated.computeIfAbsent(anchors[position], a -> new ArrayDeque<>(1)).add(position);
                }
            }
            Map<Instant, Integer> placesLeft = new HashMap<>();
            vacated.forEach((anchor, places) -> placesLeft.put(anchor, places.size()));
            for (Entry entry : fresh) {
                Integer left = placesLeft.get(entry.anchor);
                if (left != null && left > 0) {
                    placesLeft.put(entry.anchor, left - 1);
                } else if (size - firstAfter(entry.anchor) > reach()) {
                    return false;
                }
            }
            for (Memberships item : out) {
                Integer position = at.remove(item);
                if (position != null) {
                    starts[position] = TAKEN_OUT;
                    more[position] = null;
                    takenOut++;
                }
            }
            // Where entries with the same anchor were first, while the vacated places stand; then the others, which move entries on.
            List<Entry> elsewhere = new ArrayList<>(fresh.size());
            for (Entry entry : fresh) {
                ArrayDeque<Integer> places = vacated.get(entry.anchor);
                Integer position = places == null ? null : places.poll();
                if (position != null) {
                    put(position, entry);
                    takenOut--;
                    at.put(entry.memberships, position);
                } else {
                    elsewhere.add(entry);
                }
            }
            for (Entry entry : elsewhere) {
                int position = firstAfter(entry.anchor);
                makeRoomAt(position);
                put(position, entry);
                at.put(entry.memberships, position);
            }
            builtAt = now;
            if (takenOut > reach() + size / 4) {
                compact();
            }
            return true;
        }

        /**
         * How many entries may move on for one put in place: moving one costs about what merging
         * costs for a few, so the reach grows with the group.
         */
        private int reach() {
            return IN_PLACE_REACH + size / 8;
        }

        private Map<Memberships, Integer> positions() {
            if (positions == null) {
                positions = new java.util.IdentityHashMap<>(2 * size);
                for (int i = 0; i < size; i++) {
                    if (starts[i] != TAKEN_OUT) {
                        positions.put(memberships[i], i);
                    }
                }
            }
            return positions;
        }

        /** Moves the entries from {@code position} on one place further, growing the arrays when full. */
        private void makeRoomAt(int position) {
            if (size == anchors.length) {
                int capacity = Math.max(8, size + (size >> 1));
                anchors = Arrays.copyOf(anchors, capacity);
                spans = Arrays.copyOf(spans, capacity);
                memberships = Arrays.copyOf(memberships, capacity);
                starts = Arrays.copyOf(starts, capacity);
                untils = Arrays.copyOf(untils, capacity);
                more = Arrays.copyOf(more, capacity);
            }
            int moved = size - position;
            System.arraycopy(anchors, position, anchors, position + 1, moved);
            System.arraycopy(spans, position, spans, position + 1, moved);
            System.arraycopy(memberships, position, memberships, position + 1, moved);
            System.arraycopy(starts, position, starts, position + 1, moved);
            System.arraycopy(untils, position, untils, position + 1, moved);
            System.arraycopy(more, position, more, position + 1, moved);
            size++;
            for (int k = position + 1; k < size; k++) {
                if (starts[k] != TAKEN_OUT) {
                    positions.put(memberships[k], k);
                }
            }
        }

        /** Leaves out the entries taken out in place. */
        private void compact() {
            int k = 0;
            for (int i = 0; i < size; i++) {
                if (starts[i] != TAKEN_OUT) {
                    anchors[k] = anchors[i];
                    spans[k] = spans[i];
                    memberships[k] = memberships[i];
                    starts[k] = starts[i];
                    untils[k] = untils[i];
                    more[k] = more[i];
                    k++;
                }
            }
            Arrays.fill(spans, k, size, null);
            Arrays.fill(memberships, k, size, null);
            Arrays.fill(more, k, size, null);
            size = k;
            takenOut = 0;
            positions = null;
        }

        /**
         * This group without the items taken out by a catch-up ({@code stamp}) or in place
         * before, and with the entries put back, which are in anchor order.
         */
        Group merged(List<Entry> fresh, int stamp, long now) {
            int kept = 0;
            for (int i = 0; i < size; i++) {
                if (starts[i] != TAKEN_OUT && memberships[i].caughtUp != stamp) {
                    kept++;
                }
            }
            Group group = new Group(kept + fresh.size(), now);
            int i = 0;
            int j = 0;
            for (int k = 0; k < group.size; k++) {
                while (i < size && (starts[i] == TAKEN_OUT || memberships[i].caughtUp == stamp)) {
                    i++;
                }
                if (j < fresh.size() && (i == size || fresh.get(j).anchor.isBefore(anchors[i]))) {
                    group.put(k, fresh.get(j++));
                } else {
                    group.anchors[k] = anchors[i];
                    group.spans[k] = spans[i];
                    group.memberships[k] = memberships[i];
                    group.starts[k] = starts[i];
                    group.untils[k] = untils[i];
                    group.more[k] = more[i];
                    i++;
                }
            }
            return group;
        }

        static boolean covers(Channel channel, dev.accounthealth.event.FulfillmentChannel itemChannel) {
            return channel == Channel.ALL || (itemChannel != null && channel.name().equals(itemChannel.name()));
        }

        /** The index of the first anchor strictly after an instant. */
        int firstAfter(Instant instant) {
            int lo = 0;
            int hi = size;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (anchors[mid].isAfter(instant)) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return lo;
        }

        boolean takenOut(int i) {
            return starts[i] == TAKEN_OUT;
        }

        /** Offers every instant after {@code at} at which entry {@code i} starts or stops holding. */
        void changesAfter(int i, Instant at, java.util.function.Consumer<Instant> to) {
            offerAfter(starts[i], at, to);
            offerAfter(untils[i], at, to);
            Instant[] others = more[i];
            if (others != null) {
                for (Instant other : others) {
                    offerAfter(other, at, to);
                }
            }
        }

        static void offerAfter(Instant instant, Instant at, java.util.function.Consumer<Instant> to) {
            if (instant != null && instant.isAfter(at)) {
                to.accept(instant);
            }
        }

        boolean holdsAt(int i, Instant at) {
            if (starts[i] == TAKEN_OUT) {
                return false;
            }
            if (holds(starts[i], untils[i], at)) {
                return true;
            }
            Instant[] others = more[i];
            if (others != null) {
                for (int k = 0; k < others.length; k += 2) {
                    if (holds(others[k], others[k + 1], at)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private static boolean holds(Instant start, Instant until, Instant at) {
            return !start.isAfter(at) && (until == null || until.isAfter(at));
        }

        /** One item of a group while it is built: its anchor and the instants it holds in the marketplace. */
        static final class Entry {
            static final Comparator<Entry> BY_ANCHOR = (a, b) -> a.anchor.compareTo(b.anchor);

            final Instant anchor;
            final Span span;
            final Memberships memberships;
            final Marketplace marketplace;
            Instant start;
            Instant until;
            List<Instant> more;

            Entry(Instant anchor, Span span, Memberships memberships, Marketplace marketplace) {
                this.anchor = anchor;
                this.span = span;
                this.memberships = memberships;
                this.marketplace = marketplace;
            }

            boolean holdsAt(Instant at) {
                if (holds(start, until, at)) {
                    return true;
                }
                if (more != null) {
                    for (int k = 0; k < more.size(); k += 2) {
                        if (holds(more.get(k), more.get(k + 1), at)) {
                            return true;
                        }
                    }
                }
                return false;
            }

            /** Offers every instant after {@code at} at which the entry starts or stops holding. */
            void changesAfter(Instant at, java.util.function.Consumer<Instant> to) {
                offerAfter(start, at, to);
                offerAfter(until, at, to);
                if (more != null) {
                    for (Instant other : more) {
                        offerAfter(other, at, to);
                    }
                }
            }

            /** Adds the instants a span holds in a marketplace. */
            void piece(Marketplace marketplace, Span span) {
                Counted item = span.item;
                Instant from;
                Instant to;
                if (item.getMarketplace() == marketplace) {
                    from = Span.later(span.start(), item.getMarketplaceFrom());
                    to = span.until;
                } else if (item.getEarlierMarketplace() == marketplace) {
                    Instant end = item.getMarketplaceFrom();
                    from = span.start();
                    to = span.until == null || end.isBefore(span.until) ? end : span.until;
                } else {
                    return;
                }
                if (to != null && !to.isAfter(from)) {
                    return;
                }
                if (start == null) {
                    start = from;
                    until = to;
                } else {
                    if (more == null) {
                        more = new ArrayList<>(2);
                    }
                    more.add(from);
                    more.add(to);
                }
            }
        }
    }

    @Override
    public String toString() {
        return "classification of " + Arrays.toString(classNames.toArray());
    }
}
