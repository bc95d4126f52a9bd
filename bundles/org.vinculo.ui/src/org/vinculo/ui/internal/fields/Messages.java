package org.vinculo.ui.internal.fields;

import org.eclipse.osgi.util.NLS;

/** Every user-visible string of the fields and choice lists preferences; Spanish in messages_es.properties. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.vinculo.ui.internal.fields.messages"; //$NON-NLS-1$

	public static String ChoiceLists_intro;
	public static String ChoiceLists_lists;
	public static String ChoiceLists_values;
	public static String ChoiceLists_fieldList;
	public static String ChoiceLists_columnValue;
	public static String ChoiceLists_columnStatus;
	public static String ChoiceLists_columnUses;
	public static String ChoiceLists_retired;
	public static String ChoiceLists_uses;
	public static String ChoiceLists_counting;
	public static String ChoiceLists_loading;
	public static String ChoiceLists_empty;
	public static String ChoiceLists_add;
	public static String ChoiceLists_rename;
	public static String ChoiceLists_up;
	public static String ChoiceLists_down;
	public static String ChoiceLists_retire;
	public static String ChoiceLists_restore;
	public static String ChoiceLists_addTitle;
	public static String ChoiceLists_addMessage;
	public static String ChoiceLists_renameTitle;
	public static String ChoiceLists_renameMessage;
	public static String ChoiceLists_nameRequired;
	public static String ChoiceLists_nameTaken;
	public static String ChoiceLists_retireTitle;
	public static String ChoiceLists_retireQuestion;
	public static String ChoiceLists_retireQuestionUncounted;
	public static String ChoiceLists_retireButton;
	public static String ChoiceLists_listsJob;
	public static String ChoiceLists_valuesJob;
	public static String ChoiceLists_countJob;
	public static String ChoiceLists_loadFailed;
	public static String ChoiceLists_saveFailed;
	public static String ChoiceLists_stale;

	public static String Fields_intro;
	public static String Fields_entityType;
	public static String Fields_entityPerson;
	public static String Fields_entityOrganization;
	public static String Fields_entityAffiliation;
	public static String Fields_custom;
	public static String Fields_builtIn;
	public static String Fields_builtInHint;
	public static String Fields_columnLabel;
	public static String Fields_columnCode;
	public static String Fields_columnType;
	public static String Fields_columnRequired;
	public static String Fields_columnHidden;
	public static String Fields_columnReadOnly;
	public static String Fields_columnStatus;
	public static String Fields_columnField;
	public static String Fields_yes;
	public static String Fields_retired;
	public static String Fields_add;
	public static String Fields_edit;
	public static String Fields_up;
	public static String Fields_down;
	public static String Fields_retire;
	public static String Fields_restore;
	public static String Fields_loading;
	public static String Fields_noCustom;
	public static String Fields_loadJob;
	public static String Fields_loadFailed;
	public static String Fields_saveFailed;
	public static String Fields_stale;
	public static String Fields_lifecycle;
	public static String Fields_period;
	public static String Fields_note;

	public static String Field_newTitle;
	public static String Field_editTitle;
	public static String Field_message;
	public static String Field_label;
	public static String Field_code;
	public static String Field_codeHint;
	public static String Field_codeFixed;
	public static String Field_type;
	public static String Field_typeFixed;
	public static String Field_required;
	public static String Field_default;
	public static String Field_help;
	public static String Field_helpHint;
	public static String Field_hidden;
	public static String Field_readOnly;
	public static String Field_defaultHintText;
	public static String Field_defaultHintNumber;
	public static String Field_defaultHintDate;
	public static String Field_defaultHintBoolean;
	public static String Field_defaultHintChoice;
	public static String Field_defaultHintMultiChoice;
	public static String Field_defaultHintParty;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
