package org.vinculo.sales.ui.internal.preferences;

import java.math.BigDecimal;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.Text;
import org.vinculo.core.users.Quota;
import org.vinculo.core.users.Team;
import org.vinculo.core.users.User;
import org.vinculo.sales.ui.internal.Background;
import org.vinculo.sales.ui.internal.Cells;
import org.vinculo.sales.ui.internal.Columns;
import org.vinculo.sales.ui.internal.Failures;
import org.vinculo.sales.ui.internal.Formats;
import org.vinculo.sales.ui.internal.Messages;
import org.vinculo.sales.ui.internal.OwnerChoice;
import org.vinculo.sales.ui.internal.SalesIds;
import org.vinculo.sales.ui.internal.SalesServices;
import org.vinculo.sales.ui.internal.Tables;
import org.vinculo.sales.ui.internal.Users;
import org.vinculo.ui.WidgetIds;

/**
 * Sales > Teams and Quotas: teams with their manager and members (saved one
 * team at a time), and each active user's quota for every month of this year
 * (saved with Apply or OK).
 */
public final class TeamsPreferencePage extends AdminPage {

	/** One user's quotas of this year, as edited. */
	private static final class QuotaRow {
		final User user;
		final BigDecimal[] months = new BigDecimal[12];
		final boolean[] changed = new boolean[12];

		QuotaRow(User user) {
			this.user = user;
		}
	}

	private final Formats formats = Formats.user();
	private final int year = Year.now().getValue();
	private TableViewer teamsViewer;
	private Text teamName;
	private OwnerChoice manager;
	private CheckboxTableViewer members;
	private Button deleteTeam;
	private Button saveTeam;
	private TableViewer quotas;
	private Users users = Users.NONE;
	private List<Team> teams = List.of();
	private Team current;
	private final List<QuotaRow> quotaRows = new ArrayList<>();

	/** What the page shows, read in one job. */
	private record Loaded(Users users, List<Team> teams, List<Quota> quotas) {
	}

	@Override
	protected Control createContents(Composite parent) {
		TabFolder folder = new TabFolder(parent, SWT.TOP);
		tab(folder, Messages.Teams_tab, this::createTeams);
		tab(folder, Messages.format(Messages.Quotas_tab, String.valueOf(year)), this::createQuotas);
		load();
		return folder;
	}

	private Control createTeams(Composite parent) {
		Composite client = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).spacing(12, 6).applyTo(client);

		Composite left = listColumn(client, SWT.DEFAULT);
		teamsViewer = new TableViewer(left, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
		WidgetIds.tag(teamsViewer.getTable(), SalesIds.TEAMS_TABLE);
		teamsViewer.getTable().setHeaderVisible(true);
		teamsViewer.setContentProvider(ArrayContentProvider.getInstance());
		GridDataFactory.fillDefaults().grab(true, true).hint(220, 200).applyTo(teamsViewer.getControl());
		Columns<Team> columns = new Columns<>(teamsViewer, Team.class);
		columns.add(Messages.Teams_name, 120, Team::name);
		columns.add(Messages.Teams_manager, 100, t -> users.name(t.managerId()));
		teamsViewer.addSelectionChangedListener(e -> select((Team) teamsViewer.getStructuredSelection()
				.getFirstElement()));
		Composite leftButtons = new Composite(left, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(leftButtons);
		Button add = WidgetIds.tag(new Button(leftButtons, SWT.PUSH), SalesIds.TEAMS_ADD);
		add.setText(Messages.Teams_add);
		add.addListener(SWT.Selection, e -> {
			teamsViewer.setSelection(StructuredSelection.EMPTY);
			select(new Team(null, "", null, List.of(), 0)); //$NON-NLS-1$
			teamName.setFocus();
		});
		deleteTeam = WidgetIds.tag(new Button(leftButtons, SWT.PUSH), SalesIds.TEAMS_DELETE);
		deleteTeam.setText(Messages.Teams_delete);
		deleteTeam.addListener(SWT.Selection, e -> deleteCurrent());

		Composite right = new Composite(client, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(right);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(right);
		new Label(right, SWT.NONE).setText(Messages.Teams_name);
		teamName = WidgetIds.tag(new Text(right, SWT.BORDER), SalesIds.TEAMS_NAME);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(teamName);
		new Label(right, SWT.NONE).setText(Messages.Teams_manager);
		manager = new OwnerChoice(WidgetIds.tag(new Combo(right, SWT.READ_ONLY), SalesIds.TEAMS_MANAGER));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(manager.combo());
		Label membersLabel = new Label(right, SWT.NONE);
		membersLabel.setText(Messages.Teams_members);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(membersLabel);
		members = CheckboxTableViewer.newCheckList(right, SWT.BORDER);
		WidgetIds.tag(members.getTable(), SalesIds.TEAMS_MEMBERS);
		members.setContentProvider(ArrayContentProvider.getInstance());
		members.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ((User) element).name();
			}
		});
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(200, 150).applyTo(members.getControl());
		saveTeam = WidgetIds.tag(new Button(right, SWT.PUSH), SalesIds.TEAMS_SAVE);
		saveTeam.setText(Messages.Teams_save);
		GridDataFactory.swtDefaults().span(2, 1).align(SWT.END, SWT.CENTER).applyTo(saveTeam);
		saveTeam.addListener(SWT.Selection, e -> saveCurrent());
		select(null);
		return client;
	}

	private Control createQuotas(Composite parent) {
		Composite client = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(client);
		Label hint = new Label(client, SWT.WRAP);
		hint.setText(Messages.Quotas_hint);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(hint);
		quotas = Tables.editable(client, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL,
				SalesIds.QUOTAS_TABLE);
		GridDataFactory.fillDefaults().grab(true, true).hint(300, 220).applyTo(quotas.getControl());
		Columns<QuotaRow> columns = new Columns<>(quotas, QuotaRow.class);
		columns.add(Messages.Quotas_user, 130, r -> r.user.name());
		for (int m = 0; m < 12; m++) {
			int month = m;
			columns.add(formats.monthName(month + 1), 70, SWT.RIGHT, r -> formats.plain(r.months[month]))
					.setEditingSupport(Cells.text(quotas, QuotaRow.class, r -> formats.plain(r.months[month]),
							(r, text) -> {
								try {
									r.months[month] = formats.parse(text);
									r.changed[month] = true;
									setErrorMessage(null);
								} catch (NumberFormatException e) {
									setErrorMessage(Messages.format(Messages.Quotas_invalid, text));
								}
							}, () -> {
								// saved with Apply or OK
							}));
		}
		return client;
	}

	@Override
	protected void load() {
		Background.read(Messages.Teams_loadJob, teamsViewer.getControl(), () -> {
			Users read = Users.read();
			List<Long> ids = read.all().stream().map(User::id).toList();
			return new Loaded(read, SalesServices.teams().teams(),
					SalesServices.teams().quotas(ids, YearMonth.of(year, 1), YearMonth.of(year, 12)));
		}, this::show, e -> setErrorMessage(Failures.describe(e)));
	}

	private void show(Loaded loaded) {
		users = loaded.users();
		teams = loaded.teams();
		Long selected = current == null ? null : current.id();
		teamsViewer.setInput(teams);
		members.setInput(users.choosable(null));
		Team again = teams.stream().filter(t -> Objects.equals(t.id(), selected)).findFirst()
				.orElse(teams.isEmpty() ? null : teams.get(0));
		if (again != null) {
			teamsViewer.setSelection(new StructuredSelection(again), true);
		} else {
			select(null);
		}

		quotaRows.clear();
		Map<Long, QuotaRow> byUser = new HashMap<>();
		for (User user : users.choosable(null)) {
			QuotaRow row = new QuotaRow(user);
			quotaRows.add(row);
			byUser.put(user.id(), row);
		}
		for (Quota quota : loaded.quotas()) {
			QuotaRow row = byUser.get(quota.userId());
			if (row != null && quota.month().getYear() == year) {
				row.months[quota.month().getMonthValue() - 1] = quota.amount();
			}
		}
		quotas.setInput(quotaRows);
	}

	private void select(Team team) {
		current = team;
		boolean some = team != null;
		teamName.setText(some ? team.name() : ""); //$NON-NLS-1$
		manager.show(users, some ? team.managerId() : null);
		members.setCheckedElements(some ? users.all().stream().filter(u -> team.memberIds().contains(u.id()))
				.toArray() : new Object[0]);
		for (Control control : new Control[] { teamName, manager.combo(), members.getControl(), saveTeam }) {
			control.setEnabled(some);
		}
		deleteTeam.setEnabled(some && team.id() != null);
	}

	private void saveCurrent() {
		if (current == null) {
			return;
		}
		List<Long> memberIds = new ArrayList<>();
		for (Object checked : members.getCheckedElements()) {
			memberIds.add(((User) checked).id());
		}
		Team edited = new Team(current.id(), teamName.getText().strip(), manager.selected(), memberIds,
				current.version());
		try {
			current = write(() -> SalesServices.teams().save(edited));
			setErrorMessage(null);
			load();
		} catch (RuntimeException e) {
			setErrorMessage(Failures.describe(e).replace('\n', ' '));
		}
	}

	private void deleteCurrent() {
		if (current == null || current.id() == null || !MessageDialog.openConfirm(getShell(), Messages.Teams_delete,
				Messages.format(Messages.Teams_deleteQuestion, current.name()))) {
			return;
		}
		long id = current.id();
		try {
			write(() -> {
				SalesServices.teams().delete(id);
				return id;
			});
			current = null;
			setErrorMessage(null);
			load();
		} catch (RuntimeException e) {
			setErrorMessage(Failures.describe(e).replace('\n', ' '));
		}
	}

	@Override
	public boolean performOk() {
		List<Runnable> writes = new ArrayList<>();
		Set<QuotaRow> touched = new HashSet<>();
		for (QuotaRow row : quotaRows) {
			for (int m = 0; m < 12; m++) {
				if (row.changed[m]) {
					YearMonth month = YearMonth.of(year, m + 1);
					BigDecimal amount = row.months[m];
					long userId = row.user.id();
					writes.add(() -> SalesServices.teams().setQuota(userId, month, amount));
					touched.add(row);
				}
			}
		}
		if (writes.isEmpty()) {
			return true;
		}
		try {
			write(() -> {
				writes.forEach(Runnable::run);
				return writes.size();
			});
		} catch (RuntimeException e) {
			setErrorMessage(Failures.describe(e).replace('\n', ' '));
			return false;
		}
		touched.forEach(row -> java.util.Arrays.fill(row.changed, false));
		return true;
	}
}
