package dev.accounthealth.internal.facts;

/** The base of every counted fact: it keeps the rules' classification of itself beside its data. */
public abstract class CountedFact implements Counted {
    private Object memberships;

    @Override
    public final Object memberships() {
        return memberships;
    }

    @Override
    public final void memberships(Object head) {
        this.memberships = head;
    }
}
