package org.vinculo.core.network;

import org.vinculo.core.network.NetworkSource.LinkKind;

/**
 * One kind of link as the network knows it: an affiliation role or a
 * relationship type, with the labels it reads with from each end and its
 * ranking strength (1–100).
 */
public record LinkType(LinkKind kind, long typeId, String code, String forwardLabel, String inverseLabel,
		boolean symmetric, int strength) {

	/** The label as read walking the link from its stored source ({@code true}) or from its target. */
	public String label(boolean forward) {
		return forward || symmetric ? forwardLabel : inverseLabel;
	}
}
