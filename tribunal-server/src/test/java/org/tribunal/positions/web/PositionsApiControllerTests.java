package org.tribunal.positions.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.tribunal.access.AccessQueries;
import org.tribunal.positions.Claim;
import org.tribunal.positions.InvalidPositionException;
import org.tribunal.positions.NewText;
import org.tribunal.positions.ParticipationRules;
import org.tribunal.positions.PositionManagement;
import org.tribunal.positions.PositionQueries;
import org.tribunal.positions.TextId;
import org.tribunal.positions.TextKind;
import org.tribunal.positions.TextView;
import org.tribunal.positions.UnknownPositionEntityException;
import org.tribunal.positions.VoteImports;
import org.tribunal.shared.SourceRef;

/**
 * The positions API in a web slice: statuses, bodies and RFC 9457 problems of the text endpoints, with
 * the facades mocked, as a secretariat user. Who may call what is {@code AccessMatrixTests}' job, so the
 * security filters are off.
 */
@WebMvcTest(controllers = PositionsApiController.class)
@AutoConfigureMockMvc(addFilters = false)
@WithMockUser(roles = "SECRETARIAT")
class PositionsApiControllerTests {

  static final TextId ID = TextId.of("G7_TEST_2032");
  static final SourceRef SOURCE = SourceRef.ofUrl("https://example.org/g7");

  @Autowired MockMvc mvc;
  @MockitoBean PositionQueries queries;
  @MockitoBean PositionManagement management;
  @MockitoBean ParticipationRules rules;
  @MockitoBean VoteImports imports;
  /** Needed by the session model every page and API response gets (access module's advice). */
  @MockitoBean AccessQueries access;

  @BeforeEach
  void pagesSessionModelSeesAnAnonymousUser() {
    when(access.currentUser()).thenReturn(org.tribunal.access.CurrentUser.anonymous());
  }

  @Test
  void answersAnUnknownTextWithANotFoundProblem() throws Exception {
    when(queries.getText(ID)).thenThrow(UnknownPositionEntityException.text(ID));
    mvc.perform(get("/api/v1/positions/texts/{id}", ID.value()))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("/problems/unknown-text")))
        .andExpect(jsonPath("$.status").value(404));
  }

  @Test
  void listsATextsVersionsOldestFirst() throws Exception {
    when(queries.textHistory(ID)).thenReturn(List.of(view(1, "First title", null), view(2, "Second title", "typo")));
    mvc.perform(get("/api/v1/positions/texts/{id}/versions", ID.value()))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$[0].version").value(1))
        .andExpect(jsonPath("$[1].version").value(2))
        .andExpect(jsonPath("$[1].reason").value("typo"))
        .andExpect(jsonPath("$[1].claims[0]").value("NAMES_AGGRESSOR"));
  }

  @Test
  void recordsACorrectionUnderThePathsKeyAndAnswersCreated() throws Exception {
    when(management.correctText(any(NewText.class), eq("typo"))).thenReturn(view(2, "Second title", "typo"));
    mvc.perform(post("/api/v1/positions/texts/{id}/versions", ID.value()).contentType(MediaType.APPLICATION_JSON)
            .content(correction("typo")))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.id").value(ID.value()))
        .andExpect(jsonPath("$.version").value(2));
    verify(management).correctText(org.mockito.ArgumentMatchers.argThat(t -> t.id().equals(ID)
        && t.title().equals("Second title") && t.claims().contains(Claim.NAMES_AGGRESSOR)), eq("typo"));
  }

  @Test
  void answersARefusedCorrectionWithAProblemNamingTheField() throws Exception {
    when(management.correctText(any(NewText.class), eq(" ")))
        .thenThrow(InvalidPositionException.field("reason", "a correction of a text needs a reason"));
    mvc.perform(post("/api/v1/positions/texts/{id}/versions", ID.value()).contentType(MediaType.APPLICATION_JSON)
            .content(correction(" ")))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("/problems/invalid-position-field")))
        .andExpect(jsonPath("$.field").value("reason"));
  }

  private static String correction(String reason) {
    return """
        {"kind":"JOINT_STATEMENT","body":"G7","date":"2032-01-01","title":"Second title",
         "claims":["NAMES_AGGRESSOR"],"source":{"title":"G7","url":"https://example.org/g7"},
         "unconfirmed":false,"reason":"%s"}""".formatted(reason);
  }

  private static TextView view(int version, String title, String reason) {
    return new TextView(ID, null, TextKind.JOINT_STATEMENT, "G7", LocalDate.of(2032, 1, 1), title, null, null,
        new TreeSet<>(List.of(Claim.NAMES_AGGRESSOR)), null, null, null, SOURCE, false, null, "clerk",
        Instant.parse("2032-01-02T00:00:00Z"), version, reason);
  }
}
