package org.vinculo.core.model;

/**
 * A field as an admin configured it for one entity type: either a custom field
 * (its code, label, {@link FieldType type}, whether it is required, its default
 * and help text) or one of Vinculo's own fields, of which only "hidden" and
 * "read-only" can be set. Editors show fields in {@link #getPosition() position}
 * order and obey both flags; custom fields are retired, never deleted, so stored
 * values keep their meaning.
 * <p>
 * Entity types are plain codes so plug-ins define fields on their own records
 * (opportunities, tickets) through the same service.
 */
public final class FieldDefinition {

	public static final String PERSON = "person"; //$NON-NLS-1$
	public static final String ORGANIZATION = "organization"; //$NON-NLS-1$
	public static final String AFFILIATION = "affiliation"; //$NON-NLS-1$
	/** Custom field codes: a letter, then letters, digits, '-' or '_'. */
	public static final String CODE_PATTERN = "[a-z][a-z0-9_-]{0,62}"; //$NON-NLS-1$

	private Long id;
	private long version;
	private String entityType;
	private String code;
	private String label;
	private FieldType type;
	private boolean builtIn;
	private boolean required;
	private String defaultValue;
	private String help;
	private int position;
	private boolean hidden;
	private boolean readOnly;
	private boolean retired;

	public FieldDefinition() {
	}

	/** A new custom field. */
	public FieldDefinition(String entityType, String code, String label, FieldType type) {
		this.entityType = entityType;
		this.code = code;
		this.label = Party.trimToNull(label);
		this.type = type;
	}

	/** Settings for one of Vinculo's own fields ({@code code} as in {@code Fields}). */
	public static FieldDefinition builtIn(String entityType, String code) {
		FieldDefinition field = new FieldDefinition(entityType, code, null, null);
		field.builtIn = true;
		return field;
	}

	public FieldDefinition copy() {
		FieldDefinition copy = new FieldDefinition(entityType, code, label, type);
		copy.id = id;
		copy.version = version;
		copy.builtIn = builtIn;
		copy.required = required;
		copy.defaultValue = defaultValue;
		copy.help = help;
		copy.position = position;
		copy.hidden = hidden;
		copy.readOnly = readOnly;
		copy.retired = retired;
		return copy;
	}

	public Long getId() {
		return id;
	}

	public boolean isNew() {
		return id == null;
	}

	public long getVersion() {
		return version;
	}

	public String getEntityType() {
		return entityType;
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = Party.trimToNull(code);
	}

	/** The admin's label; {@code null} for built-in fields, whose label is the terminology's. */
	public String getLabel() {
		return label;
	}

	public void setLabel(String label) {
		this.label = Party.trimToNull(label);
	}

	/** {@code null} for built-in fields. */
	public FieldType getType() {
		return type;
	}

	public void setType(FieldType type) {
		this.type = type;
	}

	public boolean isBuiltIn() {
		return builtIn;
	}

	public boolean isRequired() {
		return required;
	}

	public void setRequired(boolean required) {
		this.required = required;
	}

	/** The stored form of the value new records get, or {@code null}. */
	public String getDefaultValue() {
		return defaultValue;
	}

	public void setDefaultValue(String defaultValue) {
		this.defaultValue = Party.trimToNull(defaultValue);
	}

	public String getHelp() {
		return help;
	}

	public void setHelp(String help) {
		this.help = Party.trimToNull(help);
	}

	public int getPosition() {
		return position;
	}

	public void setPosition(int position) {
		this.position = position;
	}

	public boolean isHidden() {
		return hidden;
	}

	public void setHidden(boolean hidden) {
		this.hidden = hidden;
	}

	public boolean isReadOnly() {
		return readOnly;
	}

	public void setReadOnly(boolean readOnly) {
		this.readOnly = readOnly;
	}

	public boolean isRetired() {
		return retired;
	}

	public void setRetired(boolean retired) {
		this.retired = retired;
	}

	/** The choice list a (multi-)choice field takes its values from. */
	public String choiceListCode() {
		return "field:" + entityType + ":" + code; //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public boolean equals(Object obj) {
		return obj instanceof FieldDefinition other && id != null && id.equals(other.id);
	}

	@Override
	public int hashCode() {
		return id == null ? System.identityHashCode(this) : id.hashCode();
	}

	@Override
	public String toString() {
		return entityType + "." + code; //$NON-NLS-1$
	}
}
