package org.vinculo.sales.ui.internal;

import org.eclipse.osgi.util.NLS;
import org.vinculo.core.model.PartyKind;
import org.vinculo.sales.DocumentType;
import org.vinculo.sales.Stage;
import org.vinculo.sales.StageKind;
import org.vinculo.ui.parts.TermLabels;

/** The words for the sales enums and records, in the user's language and terminology. */
public final class SalesLabels {

	private SalesLabels() {
	}

	public static String kind(StageKind kind) {
		return switch (kind) {
		case OPEN -> Messages.StageKind_open;
		case WON -> Messages.StageKind_won;
		case LOST -> Messages.StageKind_lost;
		};
	}

	public static String type(DocumentType type) {
		return TermLabels.format(switch (type) {
		case QUOTE -> Messages.DocumentType_quote;
		case ORDER -> Messages.DocumentType_order;
		case INVOICE -> Messages.DocumentType_invoice;
		});
	}

	/** Who a pipeline sells to: persons, organizations, or both ({@code null}). */
	public static String partyKind(PartyKind kind) {
		if (kind == null) {
			return TermLabels.format(Messages.PipelineKind_both);
		}
		return TermLabels.format(kind == PartyKind.PERSON ? Messages.PipelineKind_persons
				: Messages.PipelineKind_organizations);
	}

	/** "Proposal (60 %)". */
	public static String stage(Stage stage) {
		return NLS.bind(Messages.Stage_withProbability, stage.name(), Integer.toString(stage.probability()));
	}

	/** "Opportunity", "Opportunities" or what the admin renamed them to. */
	public static String opportunity() {
		return TermLabels.format(Messages.Term_opportunity);
	}

	public static String opportunities() {
		return TermLabels.format(Messages.Term_opportunities);
	}
}
