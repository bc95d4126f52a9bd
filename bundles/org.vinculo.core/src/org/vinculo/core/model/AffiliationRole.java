package org.vinculo.core.model;

import org.vinculo.core.internal.Messages;

/**
 * An entry of the editable list of roles a person can hold in an organization
 * (employee, board member, consultant…). Built-in roles carry a stable
 * {@link #getCode() code} and show a translated label until an admin renames
 * them; roles are retired rather than deleted so that old affiliations keep
 * their meaning.
 */
public final class AffiliationRole {

	public static final String EMPLOYEE = "employee"; //$NON-NLS-1$
	public static final String BOARD_MEMBER = "board-member"; //$NON-NLS-1$
	public static final String CONSULTANT = "consultant"; //$NON-NLS-1$
	public static final String SUPPLIER = "supplier"; //$NON-NLS-1$
	public static final String FORMER_EMPLOYEE = "former-employee"; //$NON-NLS-1$
	public static final String ASSOCIATION_MEMBER = "association-member"; //$NON-NLS-1$
	public static final String OWNER = "owner"; //$NON-NLS-1$

	private Long id;
	private long version;
	private String code;
	private String name;
	private int position;
	private boolean retired;
	/** How much a current link in this role is worth when introductions are ranked, 1–100. */
	private int strength = 50;

	public AffiliationRole() {
	}

	public AffiliationRole(String code, String name) {
		this.code = code;
		this.name = name;
	}

	public Long getId() {
		return id;
	}

	public long getVersion() {
		return version;
	}

	public String getCode() {
		return code;
	}

	/** The admin's name for the role, or {@code null} while the built-in label applies. */
	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name == null || name.isBlank() ? null : name.strip();
	}

	/** What users see: the admin's name, else the translated built-in label, else the code. */
	public String getLabel() {
		if (name != null) {
			return name;
		}
		String builtIn = Messages.roleLabel(code);
		return builtIn != null ? builtIn : String.valueOf(code);
	}

	public int getPosition() {
		return position;
	}

	public void setPosition(int position) {
		this.position = position;
	}

	public boolean isRetired() {
		return retired;
	}

	public void setRetired(boolean retired) {
		this.retired = retired;
	}

	public int getStrength() {
		return strength;
	}

	public void setStrength(int strength) {
		this.strength = Math.max(RelationshipType.MIN_STRENGTH, Math.min(RelationshipType.MAX_STRENGTH, strength));
	}

	@Override
	public boolean equals(Object obj) {
		return obj instanceof AffiliationRole other && id != null && id.equals(other.id);
	}

	@Override
	public int hashCode() {
		return id == null ? System.identityHashCode(this) : id.hashCode();
	}

	@Override
	public String toString() {
		return getLabel();
	}
}
