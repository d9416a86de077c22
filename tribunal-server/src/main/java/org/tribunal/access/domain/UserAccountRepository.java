package org.tribunal.access.domain;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tribunal.access.Role;
import org.tribunal.shared.Classification;
import org.tribunal.shared.StateCode;

/** User accounts in {@code access.user_account}. */
@Repository
class UserAccountRepository {

  private static final String COLUMNS =
      "id, username, display_name, password_hash, roles, state_code, enabled, clearance, compartments, created_at";

  private final JdbcClient jdbc;

  UserAccountRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  boolean isEmpty() {
    return jdbc.sql("SELECT NOT EXISTS (SELECT 1 FROM access.user_account)").query(Boolean.class).single();
  }

  boolean exists(String username) {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM access.user_account WHERE username = ?)")
        .param(username)
        .query(Boolean.class)
        .single();
  }

  Optional<UserAccount> find(String username) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM access.user_account WHERE username = ?")
        .param(username)
        .query(UserAccountRepository::map)
        .optional();
  }

  Optional<UserAccount> findById(UUID id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM access.user_account WHERE id = ?")
        .param(id)
        .query(UserAccountRepository::map)
        .optional();
  }

  List<UserAccount> all() {
    return jdbc.sql("SELECT " + COLUMNS + " FROM access.user_account ORDER BY username")
        .query(UserAccountRepository::map)
        .list();
  }

  void insert(UserAccount account) {
    jdbc.sql("""
        INSERT INTO access.user_account
         (id, username, display_name, password_hash, roles, state_code, enabled, clearance, compartments,
         created_at, updated_at)
        VALUES (?, ?, ?, ?, ?::text[], ?, ?, ?, ?::text[], ?, ?)
        ON CONFLICT (username) DO NOTHING
        """)
        .params(
            account.id(),
            account.username(),
            account.displayName(),
            account.passwordHash(),
            textArray(account.roles().stream().map(Role::name).collect(Collectors.toSet())),
            account.state() == null ? null : account.state().value(),
            account.enabled(),
            account.clearance().name(),
            textArray(account.compartments()),
            Timestamp.from(account.createdAt()),
            Timestamp.from(account.createdAt()))
        .update();
  }

  void updateRoles(UserAccount account) {
    jdbc.sql("UPDATE access.user_account SET roles = ?::text[], state_code = ?, updated_at = now() WHERE id = ?")
        .params(
            textArray(account.roles().stream().map(Role::name).collect(Collectors.toSet())),
            account.state() == null ? null : account.state().value(),
            account.id())
        .update();
  }

  void updateClearance(UserAccount account) {
    jdbc.sql("UPDATE access.user_account SET clearance = ?, compartments = ?::text[], updated_at = now() WHERE id = ?")
        .params(account.clearance().name(), textArray(account.compartments()), account.id())
        .update();
  }

  void updateEnabled(UUID id, boolean enabled) {
    jdbc.sql("UPDATE access.user_account SET enabled = ?, updated_at = now() WHERE id = ?")
        .params(enabled, id)
        .update();
  }

  void updatePasswordHash(UUID id, String passwordHash) {
    jdbc.sql("UPDATE access.user_account SET password_hash = ?, updated_at = now() WHERE id = ?")
        .params(passwordHash, id)
        .update();
  }

  /** A PostgreSQL array literal, so the driver needs no array support from the pool. */
  private static String textArray(Set<String> values) {
    return values.stream()
        .sorted()
        .map(v -> '"' + v.replace("\\", "\\\\").replace("\"", "\\\"") + '"')
        .collect(Collectors.joining(",", "{", "}"));
  }

  static UserAccount map(ResultSet rs, int row) throws SQLException {
    String state = rs.getString("state_code");
    return new UserAccount(
        rs.getObject("id", UUID.class),
        rs.getString("username"),
        rs.getString("display_name"),
        rs.getString("password_hash"),
        roles(rs.getArray("roles")),
        state == null ? null : StateCode.of(state),
        rs.getBoolean("enabled"),
        Classification.valueOf(rs.getString("clearance")),
        Set.of(strings(rs.getArray("compartments"))),
        rs.getTimestamp("created_at").toInstant());
  }

  private static Set<Role> roles(@Nullable Array array) throws SQLException {
    String[] names = strings(array);
    return names.length == 0
        ? Set.of()
        : Arrays.stream(names).map(Role::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
  }

  private static String[] strings(@Nullable Array array) throws SQLException {
    return array == null ? new String[0] : (String[]) array.getArray();
  }
}
