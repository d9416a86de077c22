package org.tribunal.access.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tribunal.access.AccessQueries;
import org.tribunal.access.ApiTokenView;
import org.tribunal.access.ApiTokens;
import org.tribunal.access.CurrentUser;
import org.tribunal.access.IssuedApiToken;
import org.tribunal.access.UnknownApiTokenException;
import org.tribunal.access.UnknownUserException;

/**
 * API tokens in {@code access.api_token}: only the SHA-256 of a secret is stored, so a leaked table
 * gives no usable token. A token's last use is written at most once a minute.
 */
@Service
class DefaultApiTokens implements ApiTokens {

  private static final String VIEW = """
      SELECT t.id, u.username, t.name, t.created_at, t.created_by, t.last_used_at, t.revoked_at
      FROM access.api_token t JOIN access.user_account u ON u.id = t.user_id
      """;

  private final JdbcClient jdbc;
  private final UserAccountRepository accounts;
  private final AccessQueries queries;

  DefaultApiTokens(JdbcClient jdbc, UserAccountRepository accounts, AccessQueries queries) {
    this.jdbc = jdbc;
    this.accounts = accounts;
    this.queries = queries;
  }

  @Override
  @Transactional
  public IssuedApiToken issue(String username, String name) {
    UserAccount account = accounts.find(username.strip().toLowerCase(java.util.Locale.ROOT))
        .orElseThrow(() -> UnknownUserException.named(username));
    String tokenName = DefaultUserManagement.text("name", name, 100);
    String secret = RandomSecrets.tokenSecret();
    UUID id = UUID.randomUUID();
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    String issuer = queries.currentUser().username();
    jdbc.sql("""
        INSERT INTO access.api_token (id, user_id, name, token_hash, created_at, created_by)
        VALUES (?, ?, ?, ?, ?, ?)
        """)
        .params(id, account.id(), tokenName, RandomSecrets.sha256(secret), Timestamp.from(now), issuer)
        .update();
    return new IssuedApiToken(
        new ApiTokenView(id, account.username(), tokenName, now, issuer, null, null), secret);
  }

  @Override
  @Transactional(readOnly = true)
  public List<ApiTokenView> list() {
    return jdbc.sql(VIEW + " ORDER BY t.created_at DESC, t.id").query(DefaultApiTokens::map).list();
  }

  @Override
  @Transactional
  public ApiTokenView revoke(UUID id) {
    jdbc.sql("UPDATE access.api_token SET revoked_at = now(), revoked_by = ? WHERE id = ? AND revoked_at IS NULL")
        .params(queries.currentUser().username(), id)
        .update();
    return jdbc.sql(VIEW + " WHERE t.id = ?")
        .param(id)
        .query(DefaultApiTokens::map)
        .optional()
        .orElseThrow(() -> UnknownApiTokenException.withId(id));
  }

  @Override
  @Transactional
  public Optional<CurrentUser> authenticate(String secret) {
    if (!secret.startsWith(RandomSecrets.TOKEN_PREFIX) || secret.length() > 200) {
      return Optional.empty();
    }
    Optional<TokenOwner> owner = jdbc.sql("""
        SELECT t.id AS token_id, t.user_id FROM access.api_token t
        JOIN access.user_account u ON u.id = t.user_id
        WHERE t.token_hash = ? AND t.revoked_at IS NULL AND u.enabled
        """)
        .param(RandomSecrets.sha256(secret))
        .query((rs, row) -> new TokenOwner(rs.getObject("token_id", UUID.class), rs.getObject("user_id", UUID.class)))
        .optional();
    owner.ifPresent(o -> jdbc.sql("""
        UPDATE access.api_token SET last_used_at = now()
        WHERE id = ? AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')
        """)
        .param(o.tokenId())
        .update());
    return owner.flatMap(o -> accounts.findById(o.userId())).map(UserAccount::toCurrentUser);
  }

  private record TokenOwner(UUID tokenId, UUID userId) {}

  private static ApiTokenView map(ResultSet rs, int row) throws SQLException {
    return new ApiTokenView(
        rs.getObject("id", UUID.class),
        rs.getString("username"),
        rs.getString("name"),
        rs.getTimestamp("created_at").toInstant(),
        rs.getString("created_by"),
        instant(rs.getTimestamp("last_used_at")),
        instant(rs.getTimestamp("revoked_at")));
  }

  private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
