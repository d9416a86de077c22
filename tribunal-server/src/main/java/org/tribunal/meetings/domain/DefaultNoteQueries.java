package org.tribunal.meetings.domain;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tribunal.access.AccessAudit;
import org.tribunal.access.AccessQueries;
import org.tribunal.access.CurrentUser;
import org.tribunal.meetings.AttachmentContent;
import org.tribunal.meetings.AttachmentView;
import org.tribunal.meetings.NoteFilter;
import org.tribunal.meetings.NoteId;
import org.tribunal.meetings.NoteQueries;
import org.tribunal.meetings.NoteSummary;
import org.tribunal.meetings.NoteVersionView;
import org.tribunal.meetings.NoteView;
import org.tribunal.meetings.ResultPage;
import org.tribunal.meetings.UnknownNoteException;

/**
 * {@link NoteQueries} as the current user. The visibility rule is in the SQL of {@link NoteRepository};
 * this class adds the audit of every non-public note it hands out.
 */
@Service
class DefaultNoteQueries implements NoteQueries {

  static final String CURSOR = "n";
  private static final int EXPORT_BATCH = 500;

  private final NoteRepository notes;
  private final AccessQueries access;
  private final AccessAudit audit;

  DefaultNoteQueries(NoteRepository notes, AccessQueries access, AccessAudit audit) {
    this.notes = notes;
    this.access = access;
    this.audit = audit;
  }

  @Override
  @Transactional(readOnly = true)
  public NoteView get(NoteId id) {
    NoteView note = readable(id);
    audited("READ", note.id(), new Marking(note.classification(), note.compartments()));
    return note;
  }

  @Override
  @Transactional(readOnly = true)
  public List<NoteVersionView> history(NoteId id) {
    NoteView note = readable(id);
    audited("READ", note.id(), new Marking(note.classification(), note.compartments()));
    return notes.versions(id);
  }

  @Override
  @Transactional(readOnly = true)
  public AttachmentContent attachment(NoteId id, UUID attachmentId) {
    NoteView note = readable(id);
    AttachmentView view = note.attachments().stream().filter(a -> a.id().equals(attachmentId)).findFirst()
        .orElseThrow(() -> UnknownNoteException.withId(id));
    byte[] content = notes.attachmentContent(id, attachmentId).orElseThrow(() -> UnknownNoteException.withId(id));
    Marking marking = new Marking(note.classification(), note.compartments());
    if (!marking.isPublic()) {
      audit.record("READ", "meetings/note/" + id + "/attachment/" + attachmentId);
    }
    return new AttachmentContent(view, content);
  }

  @Override
  @Transactional(readOnly = true)
  public ResultPage<NoteSummary> search(NoteFilter filter, int limit, @Nullable String after) {
    int size = Cursors.limit(limit);
    CurrentUser reader = reader();
    List<NoteSummary> rows = notes.select(filter, reader, after == null ? null : Cursors.decode(CURSOR, after), size + 1);
    List<NoteSummary> page = rows.size() <= size ? rows : rows.subList(0, size);
    page.forEach(n -> audited("LIST", n.id(), new Marking(n.classification(), n.compartments())));
    if (rows.size() <= size) {
      return new ResultPage<>(page, null);
    }
    NoteSummary last = page.get(size - 1);
    return new ResultPage<>(page, Cursors.encode(CURSOR, last.date(), last.id().value()));
  }

  @Override
  @Transactional(readOnly = true)
  public long count(NoteFilter filter) {
    return notes.count(filter, reader());
  }

  @Override
  @Transactional(readOnly = true)
  public void export(NoteFilter filter, Consumer<NoteView> sink) {
    CurrentUser reader = reader();
    Cursors.Position after = null;
    while (true) {
      List<NoteView> batch = notes.selectFull(filter, reader, after, EXPORT_BATCH);
      for (NoteView n : batch) {
        audited("EXPORT", n.id(), new Marking(n.classification(), n.compartments()));
        sink.accept(n);
      }
      if (batch.size() < EXPORT_BATCH) {
        return;
      }
      NoteView last = batch.get(batch.size() - 1);
      after = new Cursors.Position(last.date(), last.id().value());
    }
  }

  private NoteView readable(NoteId id) {
    return notes.findReadable(id, reader(), false).orElseThrow(() -> UnknownNoteException.withId(id));
  }

  /**
   * The current user with the clearance stored now: a session signed in before a clearance was
   * withdrawn must not keep reading with the old one.
   */
  private CurrentUser reader() {
    CurrentUser current = access.currentUser();
    if (current.isAnonymous()) {
      return current;
    }
    return access.findUser(current.username())
        .map(stored -> new CurrentUser(current.username(), current.displayName(), current.roles(), current.state(),
            stored.clearance(), stored.compartments()))
        .orElse(current);
  }

  private void audited(String action, NoteId id, Marking marking) {
    if (!marking.isPublic()) {
      audit.record(action, "meetings/note/" + id);
    }
  }

}
