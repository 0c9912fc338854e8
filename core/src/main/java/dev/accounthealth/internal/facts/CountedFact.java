package dev.accounthealth.internal.facts;

import dev.accounthealth.event.SellerEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * The base of every fact: it keeps the rules' classification of itself beside its data, and,
 * for the fold, the distinct events it did not keep (later copies that contradict or repeat the
 * kept ones), which the report lists as conflicts or orphans. Most facts have none.
 */
public abstract class CountedFact implements Counted {
    private Object memberships;
    List<SellerEvent> others;
    @Override
    public final Object memberships() {
        return memberships;
    }

    @Override
    public final void memberships(Object head) {
        this.memberships = head;
    }

    /** Takes the events another fact set aside, as a list of its own: a copy must not add to the original's. */
    final void setAsideAsIn(CountedFact other) {
        others = other.others == null ? null : new ArrayList<>(other.others);
    }

    /** Whether an event equal to this one was already set aside. */
    final boolean setAside(SellerEvent event) {
        return others != null && others.contains(event);
    }

    final void setAsideNew(SellerEvent event) {
        if (others == null) {
            others = new ArrayList<>(2);
        }
        others.add(event);
    }

    /** The events set aside of one type. */
    final <E extends SellerEvent> List<E> othersOf(Class<E> type) {
        if (others == null) {
            return List.of();
        }
        List<E> found = new ArrayList<>(others.size());
        for (SellerEvent event : others) {
            if (type.isInstance(event)) {
                found.add(type.cast(event));
            }
        }
        return found;
    }

    /** Every event set aside. */
    final List<SellerEvent> allOthers() {
        return others == null ? List.of() : others;
    }
}
