package org.vinculo.ui.internal.editors;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.jface.fieldassist.ContentProposal;
import org.eclipse.jface.fieldassist.ContentProposalAdapter;
import org.eclipse.jface.fieldassist.IContentProposal;
import org.eclipse.jface.fieldassist.IContentProposalProvider;
import org.eclipse.jface.fieldassist.TextContentAdapter;
import org.eclipse.swt.widgets.Text;
import org.vinculo.ui.internal.CoreServices;

/**
 * Completes the tag being typed in a comma-separated tag field from the tags
 * already in use (read from the search index), leaving out the ones the field
 * already has, so that "VIP" and "vip" do not become two tags by accident.
 */
public final class TagProposals implements IContentProposalProvider {

	private static final int MOST = 12;

	static void attach(Text tags) {
		ContentProposalAdapter adapter = new ContentProposalAdapter(tags, new TextContentAdapter(), new TagProposals(),
				null, null);
		adapter.setAutoActivationDelay(150);
		adapter.setProposalAcceptanceStyle(ContentProposalAdapter.PROPOSAL_INSERT);
	}

	@Override
	public IContentProposal[] getProposals(String contents, int position) {
		String before = contents.substring(0, position);
		String typed = before.substring(before.lastIndexOf(',') + 1).strip().toLowerCase(Locale.ROOT);
		Set<String> present = Arrays.stream(contents.split(",")).map(t -> t.strip().toLowerCase(Locale.ROOT)) //$NON-NLS-1$
				.collect(Collectors.toSet());
		List<String> tags;
		try {
			tags = CoreServices.search().tags(typed, MOST + present.size());
		} catch (RuntimeException e) {
			return new IContentProposal[0]; // no index yet: no proposals, typing goes on
		}
		return tags.stream().filter(tag -> !present.contains(tag) || tag.equals(typed)).limit(MOST)
				.map(tag -> new ContentProposal(tag.substring(typed.length()), tag, null, tag.length() - typed.length()))
				.toArray(IContentProposal[]::new);
	}
}
