package org.vinculo.core.index.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;
import org.vinculo.core.model.LifecycleStage;
import org.vinculo.core.model.PartyKind;
import org.vinculo.core.search.IndexedParty;
import org.vinculo.core.search.PartySummary;

/**
 * How a party is laid out in the index: searchable words of its name, every
 * email, city and tag; phone digits from each group on, so "699 888" finds
 * "+34 699 888 777"; the sort key as doc values; and the few stored fields a
 * result list shows.
 */
final class PartyDocuments {

	static final String ID = "id"; //$NON-NLS-1$
	static final String KIND = "kind"; //$NON-NLS-1$
	static final String NAME = "name"; //$NON-NLS-1$
	static final String CONTACT = "contact"; //$NON-NLS-1$
	static final String CONTACT_EDGES = "contact_edges"; //$NON-NLS-1$
	static final String PHONE = "phone"; //$NON-NLS-1$
	static final String CITY = "city"; //$NON-NLS-1$
	static final String TAG = "tag"; //$NON-NLS-1$
	static final String SORT = "sort"; //$NON-NLS-1$
	static final String FACET = "facet"; //$NON-NLS-1$
	static final String CUSTOM = "custom"; //$NON-NLS-1$
	private static final String STORED_ID = "sid"; //$NON-NLS-1$
	private static final String STORED_NAME = "sname"; //$NON-NLS-1$
	private static final String STORED_EMAIL = "semail"; //$NON-NLS-1$
	private static final String STORED_PHONE = "sphone"; //$NON-NLS-1$
	private static final String STORED_CITY = "scity"; //$NON-NLS-1$
	private static final String STORED_LIFECYCLE = "slifecycle"; //$NON-NLS-1$

	/** The shortest run of digits treated as (part of) a phone number. */
	static final int MIN_PHONE_DIGITS = 3;

	private PartyDocuments() {
	}

	static Term idTerm(long id) {
		return new Term(ID, Long.toString(id));
	}

	static String kindCode(PartyKind kind) {
		return kind == PartyKind.ORGANIZATION ? "O" : "P"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	static Document toDocument(IndexedParty party) {
		Document doc = new Document();
		doc.add(new StringField(ID, Long.toString(party.id()), Store.NO));
		doc.add(new StringField(KIND, kindCode(party.kind()), Store.YES));
		doc.add(new TextField(NAME, party.displayName(), Store.NO));
		for (String email : party.emails()) {
			doc.add(new TextField(CONTACT, email, Store.NO));
			doc.add(new TextField(CONTACT_EDGES, email, Store.NO));
		}
		for (String phone : party.phones()) {
			for (String digits : phoneForms(phone)) {
				doc.add(new StringField(PHONE, digits, Store.NO));
			}
		}
		for (String city : party.cities()) {
			doc.add(new TextField(CITY, city, Store.NO));
		}
		for (String tag : party.tags()) {
			doc.add(new TextField(TAG, tag, Store.NO));
		}
		for (String facet : party.facets()) {
			doc.add(new StringField(FACET, facet, Store.NO));
		}
		for (String text : party.customText()) {
			doc.add(new TextField(CUSTOM, text, Store.NO));
		}
		doc.add(new SortedDocValuesField(SORT, new BytesRef(party.sortKey())));
		doc.add(new StoredField(STORED_ID, party.id()));
		doc.add(new StoredField(STORED_NAME, party.displayName()));
		storeFirst(doc, STORED_EMAIL, party.emails());
		storeFirst(doc, STORED_PHONE, party.phones());
		storeFirst(doc, STORED_CITY, party.cities());
		doc.add(new StoredField(STORED_LIFECYCLE, party.lifecycle().name()));
		return doc;
	}

	private static void storeFirst(Document doc, String field, List<String> values) {
		if (!values.isEmpty()) {
			doc.add(new StoredField(field, values.get(0)));
		}
	}

	static PartySummary toSummary(Document doc) {
		return new PartySummary(doc.getField(STORED_ID).numericValue().longValue(),
				"O".equals(doc.get(KIND)) ? PartyKind.ORGANIZATION : PartyKind.PERSON, //$NON-NLS-1$
				doc.get(STORED_NAME), doc.get(STORED_EMAIL), doc.get(STORED_PHONE), doc.get(STORED_CITY),
				lifecycle(doc.get(STORED_LIFECYCLE)));
	}

	private static LifecycleStage lifecycle(String stored) {
		return stored == null ? LifecycleStage.INITIAL : LifecycleStage.valueOf(stored);
	}

	static Set<String> storedFields() {
		return Set.of(STORED_ID, KIND, STORED_NAME, STORED_EMAIL, STORED_PHONE, STORED_CITY, STORED_LIFECYCLE);
	}

	/**
	 * The phone's digits starting at each group the number was written in: "+34
	 * 699-888 777" gives 34699888777, 699888777, 888777 and 777. A prefix query on
	 * these finds the number from any group on, however it was typed.
	 */
	static Set<String> phoneForms(String phone) {
		Set<String> forms = new LinkedHashSet<>();
		String digits = digits(phone);
		int digitsSeen = 0;
		boolean groupStart = true;
		for (int i = 0; i < phone.length(); i++) {
			char c = phone.charAt(i);
			if (c >= '0' && c <= '9') {
				if (groupStart && digits.length() - digitsSeen >= MIN_PHONE_DIGITS) {
					forms.add(digits.substring(digitsSeen));
				}
				groupStart = false;
				digitsSeen++;
			} else {
				groupStart = true;
			}
		}
		return forms;
	}

	static String digits(String text) {
		StringBuilder digits = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '0' && c <= '9') {
				digits.append(c);
			}
		}
		return digits.toString();
	}
}
