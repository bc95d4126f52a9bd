package org.vinculo.core.network;

/**
 * How introduction paths are ranked: every path costs the sum of its links and
 * of the parties it passes through; the cheapest comes first.
 * <ul>
 * <li>each link costs {@code hopCost + typeWeight × (1 − strength/100)}, where
 * strength is the link type's (a friend 80, a former colleague 35…);</li>
 * <li>a link that has ended (a past affiliation or relationship) costs
 * {@code pastPenalty} more;</li>
 * <li>passing through a party that is not an active customer costs
 * {@code nonCustomerPenalty} (an active customer is glad to help);</li>
 * <li>paths longer than {@code maxHops} links are not considered.</li>
 * </ul>
 */
public record IntroductionWeights(double hopCost, double typeWeight, double pastPenalty, double nonCustomerPenalty,
		int maxHops) {

	public static final IntroductionWeights DEFAULTS = new IntroductionWeights(1.0, 2.0, 1.5, 0.5, 6);

	public IntroductionWeights {
		if (hopCost <= 0 || typeWeight < 0 || pastPenalty < 0 || nonCustomerPenalty < 0 || maxHops < 1
				|| maxHops > 8) {
			throw new IllegalArgumentException("Weights out of range"); //$NON-NLS-1$
		}
	}
}
