package org.tribunal.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tribunal.coalition.MembershipManagement;
import org.tribunal.coalition.NewState;
import org.tribunal.coalition.UnStatus;
import org.tribunal.shared.SourceRef;
import org.tribunal.shared.StateCode;
import org.tribunal.support.IntegrationTest;

/** Changes committed through other modules' facades reach the public record. */
@IntegrationTest
class CrossModuleRecordIT {

  @Autowired MembershipManagement memberships;
  @Autowired RecordQueries queries;
  @org.springframework.boot.test.web.server.LocalServerPort int port;

  @Test
  void aStateRegisteredInTheCoalitionRegistryGetsItsLogIndexShownOnItsPage() throws Exception {
    memberships.registerState(new NewState(StateCode.of("ZZX"), "Testland", "Testland", "Тестленд",
        UnStatus.values()[0], new SourceRef("test", null, null, null), "tester"));
    await().atMost(Duration.ofSeconds(30)).until(() -> queries.findIndex("coalition.state", "ZZX", 1).isPresent());
    assertThat(queries.history("coalition.state", "ZZX")).hasSize(1);
    long index = queries.findIndex("coalition.state", "ZZX", 1).getAsLong();
    String page = new HttpLog("http://localhost:" + port).text("/states/ZZX?lang=en");
    assertThat(page).contains("log #" + index).contains("/api/v1/record/receipts?type=coalition.state&amp;id=ZZX&amp;version=1");
  }
}
