package org.vinculo.core.persistence.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.vinculo.core.internal.Messages;
import org.vinculo.core.model.Segment;
import org.vinculo.core.service.StaleRecordException;
import org.vinculo.core.service.ValidationException;
import org.vinculo.core.service.ValidationException.Problem;
import org.vinculo.core.storage.DataStore;
import org.vinculo.core.users.Quota;
import org.vinculo.core.users.Team;
import org.vinculo.core.users.TeamService;
import org.vinculo.core.users.User;

/** Users (owner-list entries), teams and quotas in plain SQL on the core database. */
@Component(service = TeamService.class)
public final class JdbcTeamService implements TeamService {

	private static final String OWNER_LIST = Segment.OWNER.listCode();

	private final DataStore store;

	@Activate
	public JdbcTeamService(@Reference DataStore store) {
		this.store = store;
	}

	/** The service on an already open database (tests). */
	public static JdbcTeamService on(Database database) {
		return new JdbcTeamService(JdbcDataStore.on(database));
	}

	@Override
	public List<User> users(boolean includeRetired) {
		return store.read(connection -> {
			List<User> users = new ArrayList<>();
			try (PreparedStatement query = connection.prepareStatement(
					"SELECT ID, NAME, CODE, RETIRED FROM CHOICE_VALUE WHERE LIST_CODE = ? ORDER BY SORT_ORDER, ID")) { //$NON-NLS-1$
				query.setString(1, OWNER_LIST);
				try (ResultSet rows = query.executeQuery()) {
					while (rows.next()) {
						String name = rows.getString(2) != null ? rows.getString(2) : rows.getString(3);
						boolean retired = rows.getBoolean(4);
						if (includeRetired || !retired) {
							users.add(new User(rows.getLong(1), name, retired));
						}
					}
				}
			}
			users.sort((a, b) -> String.CASE_INSENSITIVE_ORDER.compare(a.name(), b.name()));
			return users;
		});
	}

	@Override
	public List<Team> teams() {
		return store.read(connection -> {
			Map<Long, Team> teams = new LinkedHashMap<>();
			try (Statement statement = connection.createStatement();
					ResultSet rows = statement.executeQuery("SELECT ID, NAME, MANAGER_ID, VERSION FROM TEAM ORDER BY NAME")) { //$NON-NLS-1$
				while (rows.next()) {
					long manager = rows.getLong(3);
					teams.put(rows.getLong(1), new Team(rows.getLong(1), rows.getString(2),
							rows.wasNull() ? null : manager, List.of(), rows.getLong(4)));
				}
			}
			Map<Long, List<Long>> members = new LinkedHashMap<>();
			try (Statement statement = connection.createStatement();
					ResultSet rows = statement.executeQuery("SELECT TEAM_ID, USER_ID FROM TEAM_MEMBER ORDER BY USER_ID")) { //$NON-NLS-1$
				while (rows.next()) {
					members.computeIfAbsent(rows.getLong(1), k -> new ArrayList<>()).add(rows.getLong(2));
				}
			}
			List<Team> result = new ArrayList<>();
			for (Team team : teams.values()) {
				result.add(team.withMembers(members.getOrDefault(team.id(), List.of())));
			}
			return result;
		});
	}

	@Override
	public Team save(Team team) {
		Long saved = store.write(connection -> {
			validate(connection, team);
			long id;
			if (team.id() == null) {
				try (PreparedStatement insert = connection.prepareStatement(
						"INSERT INTO TEAM (NAME, MANAGER_ID, VERSION) VALUES (?, ?, 1)", new String[] { "ID" })) { //$NON-NLS-1$ //$NON-NLS-2$
					insert.setString(1, team.name().strip());
					setLong(insert, 2, team.managerId());
					insert.executeUpdate();
					try (ResultSet keys = insert.getGeneratedKeys()) {
						keys.next();
						id = keys.getLong(1);
					}
				}
			} else {
				id = team.id();
				try (PreparedStatement update = connection.prepareStatement(
						"UPDATE TEAM SET NAME = ?, MANAGER_ID = ?, VERSION = VERSION + 1 WHERE ID = ? AND VERSION = ?")) { //$NON-NLS-1$
					update.setString(1, team.name().strip());
					setLong(update, 2, team.managerId());
					update.setLong(3, id);
					update.setLong(4, team.version());
					if (update.executeUpdate() != 1) {
						throw new StaleRecordException(NLS.bind(Messages.Stale_party, team.name()), id, null);
					}
				}
				try (PreparedStatement clear = connection.prepareStatement("DELETE FROM TEAM_MEMBER WHERE TEAM_ID = ?")) { //$NON-NLS-1$
					clear.setLong(1, id);
					clear.executeUpdate();
				}
			}
			try (PreparedStatement member = connection
					.prepareStatement("INSERT INTO TEAM_MEMBER (TEAM_ID, USER_ID) VALUES (?, ?)")) { //$NON-NLS-1$
				for (Long user : new java.util.LinkedHashSet<>(team.memberIds())) {
					member.setLong(1, id);
					member.setLong(2, user);
					member.addBatch();
				}
				member.executeBatch();
			}
			return id;
		});
		store.post(TOPIC, Map.of("team", saved)); //$NON-NLS-1$
		return teams().stream().filter(t -> t.id().equals(saved)).findFirst().orElseThrow();
	}

	private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
		if (value == null) {
			statement.setNull(index, java.sql.Types.BIGINT);
		} else {
			statement.setLong(index, value);
		}
	}

	private void validate(Connection connection, Team team) throws SQLException {
		List<Problem> problems = new ArrayList<>();
		if (team.name() == null || team.name().isBlank()) {
			problems.add(new Problem("name", Messages.Team_nameRequired)); //$NON-NLS-1$
		} else {
			try (PreparedStatement query = connection
					.prepareStatement("SELECT ID FROM TEAM WHERE UPPER(NAME) = UPPER(?)")) { //$NON-NLS-1$
				query.setString(1, team.name().strip());
				try (ResultSet rows = query.executeQuery()) {
					if (rows.next() && (team.id() == null || rows.getLong(1) != team.id())) {
						problems.add(new Problem("name", NLS.bind(Messages.Team_nameTaken, team.name().strip()))); //$NON-NLS-1$
					}
				}
			}
		}
		Set<Long> known = userIds(connection);
		List<Long> named = new ArrayList<>(team.memberIds());
		if (team.managerId() != null) {
			named.add(team.managerId());
		}
		for (Long user : named) {
			if (!known.contains(user)) {
				problems.add(new Problem("members", NLS.bind(Messages.Team_unknownUser, user))); //$NON-NLS-1$
			}
		}
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
	}

	private static Set<Long> userIds(Connection connection) throws SQLException {
		Set<Long> ids = new HashSet<>();
		try (PreparedStatement query = connection.prepareStatement("SELECT ID FROM CHOICE_VALUE WHERE LIST_CODE = ?")) { //$NON-NLS-1$
			query.setString(1, OWNER_LIST);
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					ids.add(rows.getLong(1));
				}
			}
		}
		return ids;
	}

	@Override
	public void delete(long teamId) {
		store.write(connection -> {
			try (PreparedStatement members = connection.prepareStatement("DELETE FROM TEAM_MEMBER WHERE TEAM_ID = ?"); //$NON-NLS-1$
					PreparedStatement team = connection.prepareStatement("DELETE FROM TEAM WHERE ID = ?")) { //$NON-NLS-1$
				members.setLong(1, teamId);
				members.executeUpdate();
				team.setLong(1, teamId);
				return team.executeUpdate();
			}
		});
		store.post(TOPIC, Map.of("team", teamId)); //$NON-NLS-1$
	}

	@Override
	public Set<Long> reportsOf(long managerId) {
		Set<Long> reports = new HashSet<>();
		reports.add(managerId);
		for (Team team : teams()) {
			if (team.managerId() != null && team.managerId() == managerId) {
				reports.addAll(team.memberIds());
			}
		}
		return reports;
	}

	@Override
	public void setQuota(long userId, YearMonth month, BigDecimal amount) {
		if (amount != null && amount.signum() < 0) {
			throw new ValidationException(List.of(new Problem("quota", Messages.Team_quotaNegative))); //$NON-NLS-1$
		}
		store.write(connection -> {
			if (!userIds(connection).contains(userId)) {
				throw new ValidationException(
						List.of(new Problem("user", NLS.bind(Messages.Team_unknownUser, userId)))); //$NON-NLS-1$
			}
			try (PreparedStatement delete = connection
					.prepareStatement("DELETE FROM USER_QUOTA WHERE USER_ID = ? AND MONTH_START = ?")) { //$NON-NLS-1$
				delete.setLong(1, userId);
				delete.setDate(2, Date.valueOf(month.atDay(1)));
				delete.executeUpdate();
			}
			if (amount != null && amount.signum() > 0) {
				try (PreparedStatement insert = connection.prepareStatement(
						"INSERT INTO USER_QUOTA (USER_ID, MONTH_START, AMOUNT) VALUES (?, ?, ?)")) { //$NON-NLS-1$
					insert.setLong(1, userId);
					insert.setDate(2, Date.valueOf(month.atDay(1)));
					insert.setBigDecimal(3, amount);
					insert.executeUpdate();
				}
			}
			return null;
		});
		store.post(TOPIC, Map.of("user", userId)); //$NON-NLS-1$
	}

	@Override
	public List<Quota> quotas(Collection<Long> userIds, YearMonth from, YearMonth to) {
		if (userIds.isEmpty()) {
			return List.of();
		}
		return store.read(connection -> {
			List<Quota> quotas = new ArrayList<>();
			try (PreparedStatement query = connection.prepareStatement("SELECT USER_ID, MONTH_START, AMOUNT FROM USER_QUOTA " //$NON-NLS-1$
					+ "WHERE MONTH_START >= ? AND MONTH_START <= ? AND USER_ID IN " + Database.inList(userIds) //$NON-NLS-1$
					+ " ORDER BY USER_ID, MONTH_START")) { //$NON-NLS-1$
				query.setDate(1, Date.valueOf(from.atDay(1)));
				query.setDate(2, Date.valueOf(to.atDay(1)));
				try (ResultSet rows = query.executeQuery()) {
					while (rows.next()) {
						quotas.add(new Quota(rows.getLong(1), YearMonth.from(rows.getDate(2).toLocalDate()),
								rows.getBigDecimal(3)));
					}
				}
			}
			return quotas;
		});
	}
}
