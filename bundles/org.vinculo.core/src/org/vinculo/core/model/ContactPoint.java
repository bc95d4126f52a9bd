package org.vinculo.core.model;

import java.util.Objects;

/** One way to reach a party: an email address or a phone number, with what kind it is. */
public final class ContactPoint {

	/** How the party is reached. */
	public enum Channel {
		EMAIL, PHONE
	}

	/** Which of the party's addresses or numbers this is. */
	public enum Label {
		WORK, HOME, MOBILE, OTHER
	}

	private Long id;
	/** The owning party and the place in its list: written by the party before every save. */
	private Party party;
	private int position;
	private Channel channel;
	private Label label;
	private String value;

	public ContactPoint() {
	}

	public ContactPoint(Channel channel, Label label, String value) {
		this.channel = channel;
		this.label = label;
		setValue(value);
	}

	public Long getId() {
		return id;
	}

	public Channel getChannel() {
		return channel;
	}

	public void setChannel(Channel channel) {
		this.channel = channel;
	}

	public Label getLabel() {
		return label;
	}

	public void setLabel(Label label) {
		this.label = label;
	}

	public String getValue() {
		return value;
	}

	public void setValue(String value) {
		this.value = Party.trimToNull(value);
	}

	/** Same channel, label and value: ids do not matter when comparing what the user sees. */
	public boolean sameAs(ContactPoint other) {
		return channel == other.channel && label == other.label && Objects.equals(value, other.value);
	}

	void attach(Party owner, int index) {
		party = owner;
		position = index;
	}

	@Override
	public String toString() {
		return channel + "/" + label + ": " + value; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
