package org.vinculo.core.model;

/** The two kinds of party; B2C sells to persons, B2B to organizations. */
public enum PartyKind {
	PERSON, ORGANIZATION
}
