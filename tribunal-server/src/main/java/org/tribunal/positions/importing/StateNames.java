package org.tribunal.positions.importing;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tribunal.coalition.CoalitionQueries;
import org.tribunal.coalition.StateView;
import org.tribunal.shared.StateCode;

/**
 * The alias table: names of states as they appear in vote lists (English, French, Ukrainian and
 * variants such as "Russia", "Türkiye", "Côte d'Ivoire") mapped to ISO 3166-1 alpha-3 codes.
 *
 * <p>Names are compared after normalisation: case, accents, punctuation and a leading "the" do not
 * matter. An unknown name gets suggestions: the states whose names are nearest by edit distance.
 * Seeded from {@code seed/positions/state-aliases.csv}; kept in table {@code positions.state_alias}.
 * Thread-safe.
 */
@Component
public class StateNames {

  static final String SEED = "seed/positions/state-aliases.csv";

  private final JdbcClient jdbc;
  private final CoalitionQueries coalition;
  private final AtomicReference<Map<String, Alias>> cache = new AtomicReference<>();
  private final AtomicReference<Registry> registry = new AtomicReference<>();

  StateNames(JdbcClient jdbc, CoalitionQueries coalition) {
    this.jdbc = jdbc;
    this.coalition = coalition;
  }

  /** The coalition registry's states and their names, normalised, read once per change of the registry. */
  private record Registry(Set<StateCode> states, Map<String, Alias> names) {}

  /** Forgets what was read from the coalition registry (a state was registered). */
  @org.springframework.context.event.EventListener(org.tribunal.coalition.StateRegistered.class)
  void forgetRegistry() {
    registry.set(null);
  }

  private Registry registry() {
    Registry r = registry.get();
    if (r == null) {
      Set<StateCode> states = new java.util.TreeSet<>();
      Map<String, Alias> names = new HashMap<>();
      for (StateView s : coalition.states()) {
        states.add(s.code());
        for (String name : List.of(s.nameEn(), s.nameFr(), s.nameUk())) {
          String n = normalize(name);
          if (!n.isEmpty()) {
            names.putIfAbsent(n, new Alias(n, name, s.code()));
          }
        }
      }
      r = new Registry(Set.copyOf(states), Map.copyOf(names));
      if (!states.isEmpty()) {
        registry.set(r);
      }
    }
    return r;
  }

  /** A known name. */
  record Alias(String normalized, String alias, StateCode state) {}

  /** Loads the seed aliases that are not in the table yet. */
  @Transactional
  public int seed() {
    int added = 0;
    try (Reader in = new InputStreamReader(new ClassPathResource(SEED).getInputStream(), StandardCharsets.UTF_8)) {
      for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        added += add(r.get("alias"), StateCode.of(r.get("iso3")), r.get("lang"), r.get("origin")) ? 1 : 0;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + SEED, e);
    }
    cache.set(null);
    return added;
  }

  /**
   * Adds a name for a state, unless the normalised name is already known.
   *
   * @return whether it was added
   */
  @Transactional
  public boolean add(String alias, StateCode state, @Nullable String lang, String origin) {
    String n = normalize(alias);
    if (n.isEmpty()) {
      return false;
    }
    int rows = jdbc.sql("INSERT INTO positions.state_alias (normalized, alias, state_code, lang, origin)"
            + " VALUES (?,?,?,?,?) ON CONFLICT (normalized) DO NOTHING")
        .params(n, alias, state.value(), lang == null || lang.isBlank() ? null : lang, origin)
        .update();
    cache.set(null);
    return rows > 0;
  }

  /** Returns the state named {@code name} in the alias table or the coalition registry, or empty. */
  public Optional<StateCode> find(String name) {
    String n = normalize(name);
    Alias a = aliases().get(n);
    if (a == null) {
      a = registry().names().get(n);
    }
    return a == null ? Optional.empty() : Optional.of(a.state());
  }

  /**
   * Returns whether {@code code} is a state of the coalition registry (or, while the registry has no
   * states yet, of the alias table).
   */
  public boolean isKnown(StateCode code) {
    Registry r = registry();
    if (!r.states().isEmpty()) {
      return r.states().contains(code);
    }
    return aliases().values().stream().anyMatch(a -> a.state().equals(code));
  }

  /** Returns the known states, by code. */
  public List<StateCode> states() {
    Registry r = registry();
    if (!r.states().isEmpty()) {
      return r.states().stream().sorted().toList();
    }
    return aliases().values().stream().map(Alias::state).distinct().sorted().toList();
  }

  /** Returns the first English name recorded for each state. */
  public Map<StateCode, String> englishNames() {
    Map<StateCode, String> names = new HashMap<>();
    jdbc.sql("SELECT state_code, alias FROM positions.state_alias WHERE lang = 'en' ORDER BY origin DESC, alias")
        .query(rs -> {
          names.putIfAbsent(StateCode.of(rs.getString(1)), rs.getString(2));
        });
    return names;
  }

  /**
   * Returns up to {@code limit} states nearest to {@code name}, as "CODE (name)", nearest first.
   *
   * @param name an unknown name
   * @param limit how many
   * @return suggestions, possibly empty
   */
  public List<String> suggest(String name, int limit) {
    String n = normalize(name);
    List<Alias> sorted = new ArrayList<>(aliases().values());
    sorted.addAll(registry().names().values());
    Map<Alias, Integer> distance = new HashMap<>();
    for (Alias a : sorted) {
      distance.put(a, score(n, a.normalized()));
    }
    sorted.sort(Comparator.comparingInt((Alias a) -> distance.get(a)).thenComparing(Alias::normalized));
    Set<StateCode> seen = new LinkedHashSet<>();
    List<String> out = new ArrayList<>();
    for (Alias a : sorted) {
      if (seen.add(a.state())) {
        out.add(a.state().value() + " (" + a.alias() + ")");
        if (out.size() == limit) {
          break;
        }
      }
    }
    return out;
  }

  private Map<String, Alias> aliases() {
    Map<String, Alias> map = cache.get();
    if (map == null) {
      Map<String, Alias> loaded = new HashMap<>();
      jdbc.sql("SELECT normalized, alias, state_code FROM positions.state_alias")
          .query(rs -> {
            loaded.put(rs.getString(1), new Alias(rs.getString(1), rs.getString(2), StateCode.of(rs.getString(3))));
          });
      map = Map.copyOf(loaded);
      cache.set(map);
    }
    return map;
  }

  /** Normalises a name: lower case, no accents, punctuation to spaces, no leading "the". */
  static String normalize(String name) {
    String s = Normalizer.normalize(name.strip(), Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT).replace("&", " and ").replace('’', '\'');
    s = s.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    if (s.startsWith("the ")) {
      s = s.substring(4);
    }
    return s;
  }

  /** Edit distance, less the length of the common prefix: names are most often misspelt at the end. */
  static int score(String a, String b) {
    int prefix = 0;
    while (prefix < a.length() && prefix < b.length() && a.charAt(prefix) == b.charAt(prefix)) {
      prefix++;
    }
    return distance(a, b) - prefix;
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
