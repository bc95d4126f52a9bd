package org.vinculo.core.network;

import java.util.List;

import org.vinculo.core.model.PartyKind;

/**
 * What a network view draws around a centre party: parties by distance, the
 * links between them, and groups standing for fan-outs too big to draw
 * ("+ 2,340 more employee of").
 */
public record Neighbourhood(long centreId, List<Node> nodes, List<Link> links, List<Group> groups) {

	public record Node(long partyId, PartyKind kind, String name, int depth, int degree) {
	}

	/** A link as read from {@code fromId}. */
	public record Link(long fromId, long toId, LinkType type, boolean forward, boolean past) {
	}

	/** {@code count} more links of {@code type} from {@code parentId}, not drawn one by one. */
	public record Group(long parentId, LinkType type, boolean forward, int count) {
	}
}
