package org.tribunal.record.log;

import java.util.List;
import java.util.OptionalLong;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tribunal.record.RecordQueries;
import org.tribunal.record.RecordVersion;

/** Answers {@link RecordQueries} from the record's own tables. */
@Service("recordQueries")
class LogQueries implements RecordQueries {

  private final LogStore store;

  LogQueries(LogStore store) {
    this.store = store;
  }

  @Override
  @Transactional(readOnly = true)
  public OptionalLong findIndex(String type, String id, int version) {
    return store.findIndex(type, id, version);
  }

  @Override
  @Transactional(readOnly = true)
  public List<RecordVersion> history(String type, String id) {
    return store.versions(type, id).stream()
        .map(v -> new RecordVersion(type, id, (int) v[0], v[1] < 0 ? null : v[1]))
        .toList();
  }
}
