package org.vinculo.core.model;

/** An individual: a B2C customer, a contact at a company, or both at once. */
public final class Person extends Party {

	private String firstName;
	private String lastName;

	public Person() {
	}

	public Person(String firstName, String lastName) {
		setFirstName(firstName);
		setLastName(lastName);
	}

	@Override
	public PartyKind getKind() {
		return PartyKind.PERSON;
	}

	@Override
	protected String composeDisplayName() {
		return (nullToEmpty(firstName) + " " + nullToEmpty(lastName)).strip();
	}

	public String getFirstName() {
		return firstName;
	}

	public void setFirstName(String firstName) {
		this.firstName = trimToNull(firstName);
	}

	public String getLastName() {
		return lastName;
	}

	public void setLastName(String lastName) {
		this.lastName = trimToNull(lastName);
	}
}
