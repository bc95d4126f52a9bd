package org.vinculo.core.network.internal;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.vinculo.core.network.Introduction;
import org.vinculo.core.network.NetworkSource.LinkKind;

/**
 * Puts an introduction path into words, the way a colleague would say it:
 * "Ana Ruiz (your colleague) — friend of, since 2019 → Pepe Gómez — employee
 * of → Suministros SA — supplier of, since 2021 → Empresa XYZ". Our own
 * organization is not named when the path leaves it through one of its people:
 * that person is "your colleague" (or "former colleague" for a past link).
 */
final class Explanations {

	private static final String DASH = " \u2014 "; //$NON-NLS-1$

	private Explanations() {
	}

	static String explain(List<Introduction.Party> parties, List<Introduction.Step> steps) {
		StringBuilder text = new StringBuilder();
		int first = 0;
		Introduction.Step opening = steps.getFirst();
		if (opening.type().kind() == LinkKind.AFFILIATION && !opening.forward()) {
			// our organization → one of its people: start with the person
			text.append(NLS.bind(opening.past() ? Messages.Explain_formerColleague : Messages.Explain_colleague,
					parties.get(1).name()));
			first = 1;
		} else {
			text.append(NLS.bind(Messages.Explain_ours, parties.getFirst().name()));
		}
		for (int i = first; i < steps.size(); i++) {
			Introduction.Step step = steps.get(i);
			text.append(DASH).append(step.label());
			if (step.since() != null) {
				text.append(", ").append(NLS.bind(Messages.Explain_since, String.valueOf(step.since().getYear()))); //$NON-NLS-1$
			}
			if (step.past()) {
				text.append(", ").append(step.until() != null //$NON-NLS-1$
						? NLS.bind(Messages.Explain_until, String.valueOf(step.until().getYear()))
						: Messages.Explain_past);
			}
			text.append(' ').append(Messages.Explain_arrow).append(' ').append(parties.get(i + 1).name());
		}
		return text.toString();
	}
}
