package org.vinculo.core.model;

/** A company, association or public body: a B2B customer, supplier, partner… */
public final class Organization extends Party {

	private String name;
	private String website;

	public Organization() {
	}

	public Organization(String name) {
		setName(name);
	}

	@Override
	public PartyKind getKind() {
		return PartyKind.ORGANIZATION;
	}

	@Override
	protected String composeDisplayName() {
		return nullToEmpty(name);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = trimToNull(name);
	}

	public String getWebsite() {
		return website;
	}

	public void setWebsite(String website) {
		this.website = trimToNull(website);
	}
}
