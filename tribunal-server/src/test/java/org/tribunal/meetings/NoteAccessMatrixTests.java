package org.tribunal.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tribunal.access.AccessFixtures;
import org.tribunal.access.UserManagement;
import org.tribunal.access.CreatedUser;
import org.tribunal.access.CurrentUser;
import org.tribunal.access.Role;
import org.tribunal.access.domain.AccountPrincipal;
import org.tribunal.shared.Classification;
import org.tribunal.shared.SourceRef;
import org.tribunal.shared.StateCode;
import org.tribunal.support.IntegrationTest;

/**
 * Every notes endpoint and every page that can show a note, for a matrix of readers (role × clearance ×
 * compartments) against notes at every level in every compartment combination: a reader sees, counts,
 * pages through and exports exactly the notes {@link CurrentUser#mayRead} allows, and a forbidden note
 * answers byte for byte like a missing one.
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoteAccessMatrixTests {

  private static final String WORD = "matrixword";
  private static final List<Set<String>> COMPARTMENT_SETS = List.of(Set.of(), Set.of("alpha"), Set.of("alpha", "beta"));
  private static final List<Set<String>> READER_COMPARTMENTS =
      List.of(Set.of(), Set.of("alpha"), Set.of("beta"), Set.of("alpha", "beta"));
  private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

  @Autowired MockMvc mvc;
  @Autowired ApplicationContext context;
  @Autowired NoteManagement notes;
  @Autowired MeetingManagement meetings;
  @Autowired UserManagement users;

  /** The notes by id, with their marking. */
  private final Map<String, NoteView> matrix = new LinkedHashMap<>();
  private MeetingId meeting;
  private final String missing = "7f0c1a7e-0000-4000-8000-000000000000";

  /** A reader: how it authenticates to the API (token) and to pages (principal). */
  record Reader(CurrentUser user, String token) {
    @Override
    public String toString() {
      return user.username() + " " + user.roles() + " " + user.clearance() + " " + user.compartments();
    }
  }

  @BeforeAll
  void recordNotesAtEveryLevelInEveryCompartment() {
    meeting = meetings.record(new NewMeeting("CORE_GROUP", null, "Matrix meeting", "Nowhere", LocalDate.of(2030, 1, 1),
        null, MeetingStatus.PLANNED, false, null, SourceRef.ofUrl("https://example.org/matrix")), "test").id();
    CurrentUser author = new CurrentUser("matrix-author", "Author", Set.of(Role.SECRETARIAT), null,
        Classification.SECRET, Set.of("alpha", "beta"));
    int day = 1;
    for (Classification level : Classification.values()) {
      for (Set<String> compartments : COMPARTMENT_SETS) {
        String subject = "matrix-" + level + "-" + String.join("+", new java.util.TreeSet<>(compartments)) + " " + WORD;
        NoteView note = notes.record(new NewNote(StateCode.of("UKR"), null, List.of("CORE_GROUP"),
            LocalDate.of(2030, 1, day++), subject, "text of " + subject, level, compartments, List.of(meeting),
            List.of(StateCode.of("UKR")), List.of(),
            List.of(new NewAttachment("a.txt", "text/plain", subject.getBytes(java.nio.charset.StandardCharsets.UTF_8)))),
            author);
        matrix.put(note.id().toString(), note);
      }
    }
  }

  /**
   * Readers over roles × levels × compartment sets as a Latin square: every (role, level), (role,
   * compartments) and (level, compartments) pair occurs once, so 16 readers cover every pairing.
   */
  private List<Reader> readers() {
    AccessFixtures fixtures = AccessFixtures.in(context);
    List<Role> roles = List.of(Role.SECRETARIAT, Role.DELEGATION, Role.REGISTRAR, Role.ADMIN);
    Classification[] levels = Classification.values();
    List<Reader> readers = new ArrayList<>();
    for (int r = 0; r < roles.size(); r++) {
      for (int l = 0; l < levels.length; l++) {
        Role role = roles.get(r);
        Set<String> compartments = READER_COMPARTMENTS.get((r + l) % READER_COMPARTMENTS.size());
        CreatedUser created = fixtures.user(role, role == Role.DELEGATION ? StateCode.of("FRA") : null);
        users.grantClearance(created.user().username(), levels[l], compartments);
        CurrentUser user = new CurrentUser(created.user().username(), created.user().displayName(), Set.of(role),
            created.user().state(), levels[l], compartments);
        readers.add(new Reader(user, fixtures.tokenFor(created.user().username())));
      }
    }
    return readers;
  }

  private Set<String> readableBy(CurrentUser user) {
    Set<String> ids = new HashSet<>();
    matrix.forEach((id, note) -> {
      if (user.mayRead(note.classification(), note.compartments())) {
        ids.add(id);
      }
    });
    return ids;
  }

  private MockHttpServletResponse api(Reader reader, MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request.header("Authorization", AccessFixtures.bearer(reader.token()))).andReturn().getResponse();
  }

  private MockHttpServletResponse page(Reader reader, MockHttpServletRequestBuilder request) throws Exception {
    RequestBuilder r = request.with(user(AccountPrincipal.of(reader.user())));
    return mvc.perform(r).andReturn().getResponse();
  }

  private Set<String> matrixIdsIn(String body) {
    Set<String> found = new HashSet<>();
    for (String id : matrix.keySet()) {
      if (body.contains(id)) {
        found.add(id);
      }
    }
    return found;
  }

  private Set<String> matrixSubjectsIn(String body) {
    Set<String> found = new HashSet<>();
    matrix.forEach((id, note) -> {
      if (body.contains(note.subject().replace(" " + WORD, ""))) {
        found.add(id);
      }
    });
    return found;
  }

  @Test
  void everyReaderFindsCountsPagesAndExportsExactlyTheNotesItsClearanceAllows() throws Exception {
    List<Reader> readers = readers();
    assertThat(readers).hasSize(16);
    for (Reader reader : readers) {
      Set<String> expected = readableBy(reader.user());
      String who = reader.toString();

      // search, page by page (2 per page): the pages hold exactly the readable notes, each once
      List<String> paged = new ArrayList<>();
      String after = null;
      int pages = 0;
      do {
        MockHttpServletRequestBuilder request = get("/api/v1/notes").param("q", WORD).param("limit", "2");
        if (after != null) {
          request.param("after", after);
        }
        MockHttpServletResponse response = api(reader, request);
        assertThat(response.getStatus()).as(who).isEqualTo(200);
        String body = response.getContentAsString();
        Matcher m = ID.matcher(body);
        while (m.find()) {
          paged.add(m.group(1));
        }
        Matcher next = Pattern.compile("\"next\":\"([^\"]+)\"").matcher(body);
        after = next.find() ? next.group(1) : null;
        pages++;
      } while (after != null && pages < 20);
      assertThat(paged).as(who).doesNotHaveDuplicates();
      assertThat(Set.copyOf(paged)).as(who).isEqualTo(expected);
      // no page beyond the readable notes: the last page's cursor is null exactly after the last readable note
      assertThat(pages).as(who).isEqualTo(Math.max(1, (expected.size() + 1) / 2));

      // the count counts only readable notes
      assertThat(api(reader, get("/api/v1/notes/count").param("q", WORD)).getContentAsString())
          .as(who).isEqualTo("{\"count\":" + expected.size() + "}");
      assertThat(api(reader, get("/api/v1/notes/count").param("meeting", meeting.toString())).getContentAsString())
          .as(who).isEqualTo("{\"count\":" + expected.size() + "}");

      // exports: CSV by parameter and by Accept, and the page export
      String csv = api(reader, get("/api/v1/notes").param("q", WORD).param("format", "csv")).getContentAsString();
      assertThat(matrixIdsIn(csv)).as(who).isEqualTo(expected);
      assertThat(matrixSubjectsIn(csv)).as(who).isEqualTo(expected);
      String accepted = api(reader, get("/api/v1/notes").param("meeting", meeting.toString()).accept("text/csv"))
          .getContentAsString();
      assertThat(matrixIdsIn(accepted)).as(who).isEqualTo(expected);
      assertThat(matrixIdsIn(page(reader, get("/notes/export.csv").param("q", WORD)).getContentAsString()))
          .as(who).isEqualTo(expected);

      // filtered lists: by meeting, by state, by level
      assertThat(matrixIdsIn(api(reader, get("/api/v1/notes").param("meeting", meeting.toString())).getContentAsString()))
          .as(who).isEqualTo(expected);
      Set<String> confidential = new HashSet<>(expected);
      confidential.removeIf(id -> matrix.get(id).classification() != Classification.CONFIDENTIAL);
      assertThat(matrixIdsIn(api(reader, get("/api/v1/notes").param("state", "UKR")
          .param("classification", "CONFIDENTIAL").param("q", WORD)).getContentAsString()))
          .as(who).isEqualTo(confidential);

      // pages: the search page (list and count), the meeting page's notes
      String searchPage = page(reader, get("/notes").param("q", WORD)).getContentAsString();
      assertThat(matrixIdsIn(searchPage)).as(who).isEqualTo(expected);
      assertThat(searchPage).as(who).contains(expected.size() + " notes");
      String meetingPage = page(reader, get("/meetings/" + meeting)).getContentAsString();
      assertThat(matrixIdsIn(meetingPage)).as(who).isEqualTo(expected);
      assertThat(matrixSubjectsIn(meetingPage)).as(who).isEqualTo(expected);

      // public meeting endpoints never carry notes
      assertThat(matrixSubjectsIn(api(reader, get("/api/v1/meetings/" + meeting)).getContentAsString())).isEmpty();

      // one note at a time: readable ones answer, the others exactly like a note that does not exist
      List<String> paths = List.of("/api/v1/notes/%s", "/api/v1/notes/%s/history", "/api/v1/notes/%s/attachments/%s");
      Map<String, MockHttpServletResponse> absent = new LinkedHashMap<>();
      for (String path : paths) {
        absent.put(path, api(reader, get(path.formatted(missing, missing))));
      }
      String absentPage = withoutCsrf(page(reader, get("/notes/" + missing)).getContentAsString());
      for (String id : matrix.keySet()) {
        String attachment = matrix.get(id).attachments().get(0).id().toString();
        for (String path : paths) {
          MockHttpServletResponse response = api(reader, get(path.formatted(id, attachment)));
          if (expected.contains(id)) {
            assertThat(response.getStatus()).as(who + " " + path).isEqualTo(200);
          } else {
            assertThat(response.getStatus()).as(who + " " + path).isEqualTo(404);
            assertThat(response.getContentType()).isEqualTo(absent.get(path).getContentType());
            assertThat(response.getContentAsString().replace(id, missing).replace(attachment, missing))
                .as(who + " " + path).isEqualTo(absent.get(path).getContentAsString());
          }
        }
        MockHttpServletResponse notePage = page(reader, get("/notes/" + id));
        if (expected.contains(id)) {
          assertThat(notePage.getStatus()).isEqualTo(200);
          assertThat(notePage.getContentAsString()).contains(matrix.get(id).text());
        } else {
          assertThat(notePage.getStatus()).as(who).isEqualTo(404);
          assertThat(withoutCsrf(notePage.getContentAsString())).isEqualTo(absentPage);
        }
      }
    }
  }

  @Test
  void thePublicSeesNoNotesAtAll() throws Exception {
    String anyId = matrix.keySet().iterator().next();
    assertThat(mvc.perform(get("/api/v1/notes")).andReturn().getResponse().getStatus()).isEqualTo(401);
    assertThat(mvc.perform(get("/api/v1/notes/count")).andReturn().getResponse().getStatus()).isEqualTo(401);
    assertThat(mvc.perform(get("/api/v1/notes/" + anyId)).andReturn().getResponse().getStatus()).isEqualTo(401);
    assertThat(mvc.perform(get("/api/v1/notes/" + missing)).andReturn().getResponse().getStatus()).isEqualTo(401);
    String meetingPage = mvc.perform(get("/meetings/" + meeting)).andReturn().getResponse().getContentAsString();
    assertThat(matrixIdsIn(meetingPage)).isEmpty();
  }

  private static String withoutCsrf(String html) {
    return html.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\"");
  }
}
