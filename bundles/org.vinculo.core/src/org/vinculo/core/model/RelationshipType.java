package org.vinculo.core.model;

import org.vinculo.core.internal.Messages;

/**
 * An entry of the editable list of relationship types between parties (friend
 * of, supplier of / customer of, reports to / manages…). A directed type has a
 * label for each way it is read; a symmetric one reads the same both ways.
 * Built-in types carry a stable {@link #getCode() code} and show translated
 * labels until an admin renames them; types are retired, never deleted, so that
 * stored relationships keep their meaning.
 * <p>
 * {@link #getStrength() Strength} (1–100) is how much a link of this type is
 * worth when introductions are ranked: a friend introduces more readily than a
 * former colleague.
 */
public final class RelationshipType {

	public static final String FRIEND = "friend"; //$NON-NLS-1$
	public static final String REFERRED_BY = "referred-by"; //$NON-NLS-1$
	public static final String SUPPLIER_OF = "supplier-of"; //$NON-NLS-1$
	public static final String CONSULTANT_FOR = "consultant-for"; //$NON-NLS-1$
	public static final String REPORTS_TO = "reports-to"; //$NON-NLS-1$
	public static final String PARTNER_OF = "partner-of"; //$NON-NLS-1$
	public static final String FORMER_COLLEAGUE = "former-colleague"; //$NON-NLS-1$
	public static final String FAMILY = "family"; //$NON-NLS-1$

	public static final int MIN_STRENGTH = 1;
	public static final int MAX_STRENGTH = 100;

	private Long id;
	private long version;
	private String code;
	private String name;
	private String inverseName;
	private boolean symmetric;
	private int strength = 50;
	private int position;
	private boolean retired;

	public RelationshipType() {
	}

	public RelationshipType(String code, String name, String inverseName, boolean symmetric) {
		this.code = code;
		this.name = name;
		this.inverseName = inverseName;
		this.symmetric = symmetric;
	}

	/** A working copy for an editor: same id and version. */
	public RelationshipType copy() {
		RelationshipType copy = new RelationshipType(code, name, inverseName, symmetric);
		copy.id = id;
		copy.version = version;
		copy.strength = strength;
		copy.position = position;
		copy.retired = retired;
		return copy;
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

	/** The admin's forward label, or {@code null} while the built-in one applies. */
	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = Party.trimToNull(name);
	}

	/** The admin's inverse label, or {@code null} while the built-in one (or the forward one) applies. */
	public String getInverseName() {
		return inverseName;
	}

	public void setInverseName(String inverseName) {
		this.inverseName = Party.trimToNull(inverseName);
	}

	/** How "A → B" reads from A: "supplier of". */
	public String getLabel() {
		if (name != null) {
			return name;
		}
		String builtIn = Messages.relationshipLabel(code, false);
		return builtIn != null ? builtIn : String.valueOf(code);
	}

	/** How "A → B" reads from B: "customer of"; the forward label for symmetric types. */
	public String getInverseLabel() {
		if (symmetric) {
			return getLabel();
		}
		if (inverseName != null) {
			return inverseName;
		}
		String builtIn = name == null ? Messages.relationshipLabel(code, true) : null;
		return builtIn != null ? builtIn : getLabel();
	}

	/** The label as read from one end: forward from the source, inverse from the target. */
	public String labelReadFrom(boolean fromSource) {
		return fromSource ? getLabel() : getInverseLabel();
	}

	public boolean isSymmetric() {
		return symmetric;
	}

	public void setSymmetric(boolean symmetric) {
		this.symmetric = symmetric;
	}

	public int getStrength() {
		return strength;
	}

	public void setStrength(int strength) {
		this.strength = Math.max(MIN_STRENGTH, Math.min(MAX_STRENGTH, strength));
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

	@Override
	public boolean equals(Object obj) {
		return obj instanceof RelationshipType other && id != null && id.equals(other.id);
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
