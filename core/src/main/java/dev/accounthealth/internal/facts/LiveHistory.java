package dev.accounthealth.internal.facts;

import dev.accounthealth.event.Marketplace;
import dev.accounthealth.report.Conflict;
import dev.accounthealth.report.Orphan;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A folder's history kept up to date between reports: when some facts changed, only they, and
 * the items and messages naming a changed order, are linked again, so a report after a few events
 * costs what those events touched rather than a pass over the whole history. It reads as
 * {@link HistoryFolder#history} does: the same facts, marketplaces, orphans and conflicts.
 *
 * <p>The lists of the history it gives are views: they follow the next refresh.
 */
public final class LiveHistory {
    private final HistoryFolder folder;
    private final Map<CountedFact, Link> links = new IdentityHashMap<>();
    /** The items and messages by the order they name, linked or not: a change of that order may change them. */
    private final Map<String, List<CountedFact>> naming = new HashMap<>();
    private final Shelf orders = new Shelf();
    private final Shelf feedback = new Shelf();
    private final Shelf claims = new Shelf();
    private final Shelf chargebacks = new Shelf();
    private final Shelf returns = new Shelf();
    private final Shelf messages = new Shelf();
    private final Shelf violations = new Shelf();
    private final Map<Marketplace, int[]> marketplaces = new EnumMap<>(Marketplace.class);
    private final TreeMap<Orphan, int[]> orphans = new TreeMap<>(HistoryFolder.ORPHANS);
    private final TreeMap<Conflict, int[]> conflicts = new TreeMap<>(HistoryFolder.CONFLICTS);

    /** A history of the folder's facts, linked at the first {@link #refresh}. */
    public LiveHistory(HistoryFolder folder) {
        this.folder = folder;
    }

    /** What a refresh found, for a rule session that holds the facts of the history before it. */
    public record Update(SellerHistory history, List<CountedFact> entered, List<CountedFact> left,
                         List<CountedFact> changed) {
    }

    /**
     * The history as of an instant, after some facts changed; the first refresh, before which no
     * fact is linked, is given them all.
     *
     * @param changed the facts whose events changed since the last refresh
     * @return the history, and the facts that entered it, left it, or changed while in it
     * @throws IllegalArgumentException when an event taken in is after {@code asOf}
     */
    public Update refresh(Instant asOf, Collection<? extends CountedFact> changed) {
        folder.checkAsOf(asOf);
        Set<CountedFact> dirty = new LinkedHashSet<>(changed);
        for (CountedFact fact : changed) {
            if (fact instanceof OrderFact order) {
                dirty.addAll(naming.getOrDefault(order.getOrderId(), List.of()));
            }
        }
        List<CountedFact> entered = new ArrayList<>();
        List<CountedFact> left = new ArrayList<>();
        List<CountedFact> stayed = new ArrayList<>();
        for (CountedFact fact : dirty) {
            Link before = links.get(fact);
            Link now = relink(fact, before);
            boolean wasIn = before != null && before.in;
            if (now.in && !wasIn) {
                entered.add(fact);
            } else if (wasIn && !now.in) {
                left.add(fact);
            } else if (now.in) {
                stayed.add(fact);
            }
        }
        return new Update(history(asOf), entered, left, stayed);
    }

    /** The first refresh: every fact of the folder. */
    public Update refresh(Instant asOf) {
        return refresh(asOf, folder.facts());
    }

    private Link relink(CountedFact fact, Link before) {
        if (before != null) {
            withdraw(before.orphans, orphans);
            withdraw(before.conflicts, conflicts);
            if (before.marketplace != null) {
                marketplaces.get(before.marketplace)[0]--;
            }
            if (before.named != null) {
                List<CountedFact> naming = this.naming.get(before.named);
                naming.remove(fact);
                if (naming.isEmpty()) {
                    this.naming.remove(before.named);
                }
            }
        }
        HistoryFolder.Outcome out = new HistoryFolder.Outcome();
        boolean in = folder.link(fact, out);
        Link now = new Link(in, List.copyOf(out.orphans), List.copyOf(out.conflicts),
                in ? HistoryFolder.presentIn(fact) : null, HistoryFolder.orderNamedBy(fact));
        deposit(now.orphans, orphans);
        deposit(now.conflicts, conflicts);
        if (now.marketplace != null) {
            marketplaces.computeIfAbsent(now.marketplace, m -> new int[1])[0]++;
        }
        if (now.named != null) {
            naming.computeIfAbsent(now.named, id -> new ArrayList<>(1)).add(fact);
        }
        Shelf shelf = shelfOf(fact);
        boolean wasIn = before != null && before.in;
        if (wasIn && in) {
            now.slot = before.slot;
        } else if (wasIn) {
            shelf.remove(before.slot);
        } else if (in) {
            now.slot = shelf.add(fact);
        }
        links.put(fact, now);
        return now;
    }

    private Shelf shelfOf(CountedFact fact) {
        if (fact instanceof OrderFact) {
            return orders;
        } else if (fact instanceof FeedbackFact) {
            return feedback;
        } else if (fact instanceof ClaimFact) {
            return claims;
        } else if (fact instanceof ChargebackFact) {
            return chargebacks;
        } else if (fact instanceof ReturnFact) {
            return returns;
        } else if (fact instanceof MessageFact) {
            return messages;
        }
        return violations;
    }

    private static <T> void deposit(List<T> some, TreeMap<T, int[]> all) {
        for (T one : some) {
            all.computeIfAbsent(one, o -> new int[1])[0]++;
        }
    }

    private static <T> void withdraw(List<T> some, TreeMap<T, int[]> all) {
        for (T one : some) {
            int[] count = all.get(one);
            if (--count[0] == 0) {
                all.remove(one);
            }
        }
    }

    private SellerHistory history(Instant asOf) {
        TreeSet<Marketplace> present = new TreeSet<>();
        marketplaces.forEach((marketplace, count) -> {
            if (count[0] > 0) {
                present.add(marketplace);
            }
        });
        return new SellerHistory(new Evaluation(asOf), present, orders.view(), feedback.view(), claims.view(),
                chargebacks.view(), returns.view(), messages.view(), violations.view(), expanded(orphans),
                expanded(conflicts));
    }

    private static <T> List<T> expanded(TreeMap<T, int[]> all) {
        List<T> list = new ArrayList<>(all.size());
        all.forEach((one, count) -> {
            for (int i = 0; i < count[0]; i++) {
                list.add(one);
            }
        });
        return Collections.unmodifiableList(list);
    }

    /** What one fact's last linking said. */
    private static final class Link {
        final boolean in;
        final List<Orphan> orphans;
        final List<Conflict> conflicts;
        final Marketplace marketplace;
        final String named;
        int slot;

        Link(boolean in, List<Orphan> orphans, List<Conflict> conflicts, Marketplace marketplace, String named) {
            this.in = in;
            this.orphans = orphans;
            this.conflicts = conflicts;
            this.marketplace = marketplace;
            this.named = named;
        }
    }

    /** The facts of one kind in the history, in no particular order: one leaves by taking the last one's place. */
    private final class Shelf {
        private final List<CountedFact> facts = new ArrayList<>();

        int add(CountedFact fact) {
            facts.add(fact);
            return facts.size() - 1;
        }

        void remove(int slot) {
            CountedFact last = facts.remove(facts.size() - 1);
            if (slot < facts.size()) {
                facts.set(slot, last);
                links.get(last).slot = slot;
            }
        }

        @SuppressWarnings("unchecked")
        <F> List<F> view() {
            return (List<F>) Collections.unmodifiableList(facts);
        }
    }
}
