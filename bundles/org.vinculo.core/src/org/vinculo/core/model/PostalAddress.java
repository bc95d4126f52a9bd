package org.vinculo.core.model;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A postal address of a party: office, home, billing… */
public final class PostalAddress {

	private Long id;
	/** The owning party and the place in its list: written by the party before every save. */
	private Party party;
	private int position;
	private ContactPoint.Label label;
	private String street;
	private String postalCode;
	private String city;
	private String region;
	private String country;

	public PostalAddress() {
	}

	public PostalAddress(ContactPoint.Label label, String street, String postalCode, String city, String region,
			String country) {
		this.label = label;
		setStreet(street);
		setPostalCode(postalCode);
		setCity(city);
		setRegion(region);
		setCountry(country);
	}

	public Long getId() {
		return id;
	}

	public ContactPoint.Label getLabel() {
		return label;
	}

	public void setLabel(ContactPoint.Label label) {
		this.label = label;
	}

	public String getStreet() {
		return street;
	}

	public void setStreet(String street) {
		this.street = Party.trimToNull(street);
	}

	public String getPostalCode() {
		return postalCode;
	}

	public void setPostalCode(String postalCode) {
		this.postalCode = Party.trimToNull(postalCode);
	}

	public String getCity() {
		return city;
	}

	public void setCity(String city) {
		this.city = Party.trimToNull(city);
	}

	public String getRegion() {
		return region;
	}

	public void setRegion(String region) {
		this.region = Party.trimToNull(region);
	}

	public String getCountry() {
		return country;
	}

	public void setCountry(String country) {
		this.country = Party.trimToNull(country);
	}

	public boolean isEmpty() {
		return street == null && postalCode == null && city == null && region == null && country == null;
	}

	/** One line for lists: "Calle Mayor 1, 28013 Madrid, Spain". */
	public String oneLine() {
		String place = Stream.of(postalCode, city).filter(Objects::nonNull).collect(Collectors.joining(" ")); //$NON-NLS-1$
		return Stream.of(street, place.isEmpty() ? null : place, region, country).filter(Objects::nonNull)
				.collect(Collectors.joining(", ")); //$NON-NLS-1$
	}

	public boolean sameAs(PostalAddress other) {
		return label == other.label && Objects.equals(street, other.street)
				&& Objects.equals(postalCode, other.postalCode) && Objects.equals(city, other.city)
				&& Objects.equals(region, other.region) && Objects.equals(country, other.country);
	}

	void attach(Party owner, int index) {
		party = owner;
		position = index;
	}

	@Override
	public String toString() {
		return label + ": " + oneLine(); //$NON-NLS-1$
	}
}
