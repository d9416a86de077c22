package org.tribunal.record.witness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;
import org.tribunal.merkle.checkpoint.SignedCheckpoint;
import org.tribunal.merkle.checkpoint.WitnessPolicy;
import org.tribunal.merkle.note.NoteSignature;
import org.tribunal.merkle.note.NoteSigner;
import org.tribunal.merkle.note.SignatureType;
import org.tribunal.record.HttpLog;
import org.tribunal.record.PublicRecord;
import org.tribunal.record.RecordEntry;
import org.tribunal.record.checkpoint.CheckpointStore;
import org.tribunal.record.checkpoint.LogSigningKey;
import org.tribunal.support.IntegrationTest;

/** Three witnesses on loopback, one of them lying, and a 2-of-3 policy; then a fourth that forked. */
@IntegrationTest
class WitnessIT {

  @LocalServerPort int port;
  @Autowired WitnessRegistry registry;
  @Autowired WitnessClient client;
  @Autowired LogSigningKey logKey;
  @Autowired CheckpointStore checkpoints;
  @Autowired PublicRecord record;
  @Autowired TransactionTemplate tx;

  final List<WitnessServer> servers = new java.util.ArrayList<>();

  @AfterEach
  void stopWitnesses() {
    servers.forEach(WitnessServer::close);
    for (RegisteredWitness w : registry.active()) {
      registry.setQuorum(0, "test");
      registry.deactivate(w.name(), "test");
    }
  }

  NoteSigner startWitness(String name, boolean liar) throws Exception {
    NoteSigner key = NoteSigner.generate(name, SignatureType.COSIGNATURE_V1);
    Witness witness = new Witness(key, List.of(logKey.verifier()), Witness.inMemory(), Clock.systemUTC());
    WitnessServer server = WitnessServer.start(new InetSocketAddress("127.0.0.1", 0), body -> {
      Witness.Answer answer = witness.addCheckpoint(body);
      return liar && answer.status() == 200 ? new Witness.Answer(200, answer.contentType(), corrupt(answer.body())) : answer;
    });
    servers.add(server);
    registry.register(key.verifier().verifierKey(), server.url().toString(), "UKR", "test");
    return key;
  }

  /** Flips one bit of the Ed25519 signature in a cosignature line: a witness that lies about what it signed. */
  static String corrupt(String lines) {
    NoteSignature line;
    try {
      line = NoteSignature.parseLine(lines.strip());
    } catch (org.tribunal.merkle.MalformedInputException e) {
      throw new IllegalStateException(e);
    }
    byte[] sig = line.signature();
    sig[20] ^= 1;
    return new NoteSignature(line.name(), line.keyId(), sig).line() + "\n";
  }

  long append(int n) {
    String id = UUID.randomUUID().toString();
    tx.executeWithoutResult(s -> {
      for (int v = 1; v <= n; v++) {
        record.append(new RecordEntry("test.witnessed", id, v, null, "tester", null, Map.of("v", v)));
      }
    });
    return n;
  }

  SignedCheckpoint served() throws Exception {
    return new HttpLog("http://localhost:" + port).checkpoint();
  }

  @Test
  void publishesCheckpointsThatTwoHonestWitnessesOfThreeCosignedAndDropsTheLiar() throws Exception {
    NoteSigner honest1 = startWitness("witness-one.example", false);
    NoteSigner honest2 = startWitness("witness-two.example", false);
    NoteSigner liar = startWitness("witness-liar.example", true);
    registry.setQuorum(2, "test");

    append(10);
    await().atMost(Duration.ofSeconds(30)).until(() -> served().note().signatures().size() == 3);
    SignedCheckpoint published = served();
    published.verify(logKey.verifier());
    List<String> cosigners = published.note().signatures().stream().map(NoteSignature::name).toList();
    assertThat(cosigners).contains("witness-one.example", "witness-two.example").doesNotContain("witness-liar.example");
    WitnessPolicy twoOfThree = WitnessPolicy.of(List.of(honest1.verifier(), honest2.verifier(), liar.verifier()), 2);
    assertThat(twoOfThree.evaluate(published).witnessed()).isTrue();
    WitnessPolicy all = WitnessPolicy.of(List.of(honest1.verifier(), honest2.verifier(), liar.verifier()), 3);
    assertThat(all.evaluate(published).witnessed()).isFalse();

    // the log forgets what the witnesses saw: they answer 409 with their size and cosign on the retry
    client.forgetSizes();
    long before = published.checkpoint().size();
    append(5);
    await().atMost(Duration.ofSeconds(30)).until(() -> served().checkpoint().size() > before);
    assertThat(served().note().signatures().stream().map(NoteSignature::name))
        .contains("witness-one.example", "witness-two.example");

    // a policy the honest witnesses cannot meet alone: new checkpoints are signed but not published
    registry.setQuorum(3, "test");
    long published2 = served().checkpoint().size();
    append(5);
    await().atMost(Duration.ofSeconds(30)).until(() -> checkpoints.latest().orElseThrow().size() > published2);
    assertThat(checkpoints.latest().orElseThrow().published()).isFalse();
    assertThat(served().checkpoint().size()).isEqualTo(published2);
  }

  @Test
  void ignoresAWitnessThatClaimsALargerTree() throws Exception {
    startWitness("witness-a.example", false);
    NoteSigner forkedKey = NoteSigner.generate("witness-forked.example", SignatureType.COSIGNATURE_V1);
    WitnessServer forked = WitnessServer.start(new InetSocketAddress("127.0.0.1", 0),
        body -> new Witness.Answer(409, "text/x.tlog.size", "999999999\n"));
    servers.add(forked);
    registry.register(forkedKey.verifier().verifierKey(), forked.url().toString(), "POL", "test");
    registry.setQuorum(1, "test");
    append(3);
    long size = await().atMost(Duration.ofSeconds(30))
        .until(() -> checkpoints.latest().filter(c -> c.published() && c.note().contains("witness-a.example")),
            java.util.Optional::isPresent).orElseThrow().size();
    assertThat(served().checkpoint().size()).isGreaterThanOrEqualTo(size);
    assertThat(served().note().signatures().stream().map(NoteSignature::name)).doesNotContain("witness-forked.example");
  }
}
