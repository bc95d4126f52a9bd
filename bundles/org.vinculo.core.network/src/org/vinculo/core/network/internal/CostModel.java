package org.vinculo.core.network.internal;

import java.util.Arrays;

/**
 * What makes one introduction better than another, as a cost to minimise: a
 * path is cheaper the fewer people it goes through, the stronger its links
 * (a colleague of ten years beats someone met once at a fair), the fewer
 * links that have ended, and the more of the people in the middle already
 * buy from us (they have a reason to help).
 * <p>
 * Walking a link costs {@code hopCost + typeWeight × (1 − strength(slot))},
 * plus {@code pastPenalty} if the link has ended; entering a party in the
 * middle of a path (neither the start nor the target) costs
 * {@code nonCustomerPenalty} unless it is an {@link NetworkGraph#ACTIVE_CUSTOMER}.
 * The strength of a link does not depend on the way it is walked. Slots can be
 * made not traversable (a type the user filtered out), and so can ended links.
 * <p>
 * Every cost is rounded to a multiple of {@link #UNIT} (2<sup>-16</sup>): sums of
 * such numbers are exact in {@code double} and in {@code long}, whatever the order
 * of the additions, so two paths that cost the same really compare equal and
 * the tie-break (fewer hops, then party ids) decides, the same way on every
 * run and in both directions of a search. Since {@code hopCost} is positive,
 * every link costs at least one unit.
 * <p>
 * Immutable; the {@code with…} methods return changed copies.
 */
public final class CostModel {

	/** The resolution of every cost. */
	public static final double UNIT = 1.0 / 65536;
	/** The largest weight accepted, so that path costs stay far from overflow. */
	public static final double MAX_WEIGHT = 1000;

	/** The defaults: hop 1.0, every strength 0.5, type weight 2.0, past 1.5, non-customer 0.5. */
	public static final CostModel DEFAULT = new CostModel(1.0, 2.0, 1.5, 0.5, filled(0.5), 0L, true);

	/** Marks a link that cannot be walked in {@link #linkUnits}. */
	static final long NOT_TRAVERSABLE = -1;

	private final double hopCost;
	private final double typeWeight;
	private final double pastPenalty;
	private final double nonCustomerPenalty;
	private final double[] strengths;
	private final long blockedSlots;
	private final boolean pastTraversable;

	/** The cost of walking an entry, by its attribute byte, in units; {@link #NOT_TRAVERSABLE} if it cannot be. */
	final long[] linkUnits = new long[256];
	/** The cost of entering a party in the middle of a path that is not an active customer, in units. */
	final long enterUnits;
	/** The dearest step (a link plus entering a party), in units: bounds how far a number of hops can reach. */
	final long maxStepUnits;
	/** The cheapest link, in units (at least one). */
	final long minLinkUnits;

	private CostModel(double hopCost, double typeWeight, double pastPenalty, double nonCustomerPenalty,
			double[] strengths, long blockedSlots, boolean pastTraversable) {
		check("hopCost", hopCost, true); //$NON-NLS-1$
		check("typeWeight", typeWeight, false); //$NON-NLS-1$
		check("pastPenalty", pastPenalty, false); //$NON-NLS-1$
		check("nonCustomerPenalty", nonCustomerPenalty, false); //$NON-NLS-1$
		if (strengths.length != NetworkGraph.SLOT_MASK + 1) {
			throw new IllegalArgumentException("64 slot strengths expected, got " + strengths.length); //$NON-NLS-1$
		}
		for (double strength : strengths) {
			if (!(strength >= 0 && strength <= 1)) {
				throw new IllegalArgumentException("strengths are in 0..1: " + strength); //$NON-NLS-1$
			}
		}
		this.hopCost = hopCost;
		this.typeWeight = typeWeight;
		this.pastPenalty = pastPenalty;
		this.nonCustomerPenalty = nonCustomerPenalty;
		this.strengths = strengths;
		this.blockedSlots = blockedSlots;
		this.pastTraversable = pastTraversable;
		long max = 0;
		long min = Long.MAX_VALUE;
		for (int attr = 0; attr < 256; attr++) {
			int slot = attr & NetworkGraph.SLOT_MASK;
			boolean past = (attr & NetworkGraph.PAST) != 0;
			if ((blockedSlots & (1L << slot)) != 0 || (past && !pastTraversable)) {
				linkUnits[attr] = NOT_TRAVERSABLE;
				continue;
			}
			double cost = hopCost + typeWeight * (1 - strengths[slot]) + (past ? pastPenalty : 0);
			linkUnits[attr] = Math.max(1, Math.round(cost / UNIT));
			max = Math.max(max, linkUnits[attr]);
			min = Math.min(min, linkUnits[attr]);
		}
		minLinkUnits = min == Long.MAX_VALUE ? 1 : min;
		enterUnits = Math.round(nonCustomerPenalty / UNIT);
		maxStepUnits = max + enterUnits;
	}

	/** The defaults with these weights and slot strengths (64 entries in 0..1). */
	public static CostModel of(double hopCost, double typeWeight, double pastPenalty, double nonCustomerPenalty,
			double[] slotStrengths) {
		return new CostModel(hopCost, typeWeight, pastPenalty, nonCustomerPenalty, slotStrengths.clone(), 0L, true);
	}

	private static void check(String name, double weight, boolean positive) {
		if (!(weight >= 0 && weight <= MAX_WEIGHT) || (positive && !(weight > 0))) {
			throw new IllegalArgumentException(name + " must be " + (positive ? "> 0" : ">= 0") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ " and <= " + MAX_WEIGHT + ": " + weight); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private static double[] filled(double strength) {
		double[] strengths = new double[NetworkGraph.SLOT_MASK + 1];
		Arrays.fill(strengths, strength);
		return strengths;
	}

	// --- weights -----------------------------------------------------------

	public double hopCost() {
		return hopCost;
	}

	public double typeWeight() {
		return typeWeight;
	}

	public double pastPenalty() {
		return pastPenalty;
	}

	public double nonCustomerPenalty() {
		return nonCustomerPenalty;
	}

	public double slotStrength(int slot) {
		return strengths[slot];
	}

	/** Whether links of this slot can be walked at all. */
	public boolean slotTraversable(int slot) {
		return (blockedSlots & (1L << slot)) == 0;
	}

	/** Whether links that have ended can be walked at all. */
	public boolean pastTraversable() {
		return pastTraversable;
	}

	public CostModel withHopCost(double cost) {
		return new CostModel(cost, typeWeight, pastPenalty, nonCustomerPenalty, strengths, blockedSlots, pastTraversable);
	}

	public CostModel withTypeWeight(double weight) {
		return new CostModel(hopCost, weight, pastPenalty, nonCustomerPenalty, strengths, blockedSlots, pastTraversable);
	}

	public CostModel withPastPenalty(double penalty) {
		return new CostModel(hopCost, typeWeight, penalty, nonCustomerPenalty, strengths, blockedSlots, pastTraversable);
	}

	public CostModel withNonCustomerPenalty(double penalty) {
		return new CostModel(hopCost, typeWeight, pastPenalty, penalty, strengths, blockedSlots, pastTraversable);
	}

	/** The strength of one role or type, in 0..1 (1: the strongest link, cheapest to walk). */
	public CostModel withSlotStrength(int slot, double strength) {
		double[] changed = strengths.clone();
		changed[checkSlot(slot)] = strength;
		return new CostModel(hopCost, typeWeight, pastPenalty, nonCustomerPenalty, changed, blockedSlots,
				pastTraversable);
	}

	/** All 64 strengths at once. */
	public CostModel withSlotStrengths(double[] slotStrengths) {
		return new CostModel(hopCost, typeWeight, pastPenalty, nonCustomerPenalty, slotStrengths.clone(), blockedSlots,
				pastTraversable);
	}

	/** Whether links of a slot can be walked (for a type the user filtered out: {@code false}). */
	public CostModel withSlotTraversable(int slot, boolean traversable) {
		long bit = 1L << checkSlot(slot);
		return new CostModel(hopCost, typeWeight, pastPenalty, nonCustomerPenalty, strengths,
				traversable ? blockedSlots & ~bit : blockedSlots | bit, pastTraversable);
	}

	/** Whether links that have ended can be walked at all (otherwise they only cost more). */
	public CostModel withPastTraversable(boolean traversable) {
		return new CostModel(hopCost, typeWeight, pastPenalty, nonCustomerPenalty, strengths, blockedSlots,
				traversable);
	}

	private static int checkSlot(int slot) {
		if (slot < 0 || slot > NetworkGraph.SLOT_MASK) {
			throw new IllegalArgumentException("slot out of 0..63: " + slot); //$NON-NLS-1$
		}
		return slot;
	}

	// --- costs ---------------------------------------------------------------

	/** Whether an entry with this attribute can be walked. */
	public boolean traversable(int attr) {
		return linkUnits[attr & 0xFF] != NOT_TRAVERSABLE;
	}

	/** The cost of walking an entry with this attribute (rounded), or infinity if it cannot be walked. */
	public double linkCost(int attr) {
		long units = linkUnits[attr & 0xFF];
		return units == NOT_TRAVERSABLE ? Double.POSITIVE_INFINITY : units * UNIT;
	}

	/** The cost of entering a party with these flags in the middle of a path (rounded). */
	public double enterCost(int flags) {
		return (flags & NetworkGraph.ACTIVE_CUSTOMER) != 0 ? 0 : enterUnits * UNIT;
	}

	@Override
	public String toString() {
		return "CostModel[hop=" + hopCost + ", type=" + typeWeight + ", past=" + pastPenalty + ", nonCustomer=" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				+ nonCustomerPenalty + ", blocked=" + Long.toHexString(blockedSlots) + ", pastTraversable=" //$NON-NLS-1$ //$NON-NLS-2$
				+ pastTraversable + "]"; //$NON-NLS-1$
	}
}
