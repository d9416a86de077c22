package org.tribunal.record.witness;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.tribunal.merkle.MalformedInputException;
import org.tribunal.merkle.checkpoint.SignedCheckpoint;
import org.tribunal.merkle.hash.Hash;
import org.tribunal.merkle.note.NoteSignature;
import org.tribunal.merkle.proof.ConsistencyProof;
import org.tribunal.record.config.RecordProperties;
import org.tribunal.record.log.LogStore;

/**
 * Sends a checkpoint to every active witness over c2sp.org/tlog-witness ({@code POST
 * <url>/add-checkpoint}) and returns the checkpoint with every cosignature that verifies under the
 * witness's registered key. A witness that answers 409 gets the request again from the size it
 * reports; a witness that fails, lies or is too slow simply contributes nothing.
 */
@Component
public class WitnessClient implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(WitnessClient.class);

  private final LogStore store;
  private final Duration timeout;
  private final HttpClient http;
  private final ExecutorService workers = Executors.newFixedThreadPool(4, r -> {
    Thread t = new Thread(r, "record-witness-client");
    t.setDaemon(true);
    return t;
  });
  /** The size each witness last cosigned for this log, as far as this instance knows. */
  private final Map<String, Long> knownSizes = new ConcurrentHashMap<>();

  WitnessClient(LogStore store, RecordProperties properties) {
    this.store = store;
    this.timeout = properties.witnessTimeout();
    this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
  }

  /**
   * Collects cosignatures for {@code checkpoint} from {@code witnesses}, in parallel.
   *
   * @return the checkpoint with the cosignatures that verified added
   */
  public SignedCheckpoint collect(SignedCheckpoint checkpoint, List<RegisteredWitness> witnesses) {
    List<Future<Optional<NoteSignature>>> answers = new ArrayList<>();
    for (RegisteredWitness witness : witnesses) {
      answers.add(workers.submit(() -> cosignature(checkpoint, witness)));
    }
    SignedCheckpoint result = checkpoint;
    long deadline = System.nanoTime() + timeout.multipliedBy(3).toNanos();
    for (int i = 0; i < answers.size(); i++) {
      try {
        Optional<NoteSignature> line =
            answers.get(i).get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        if (line.isPresent()) {
          result = new SignedCheckpoint(result.checkpoint(), result.note().withSignature(line.get()));
        }
      } catch (TimeoutException e) {
        answers.get(i).cancel(true);
        log.warn("Witness {} did not answer in time", witnesses.get(i).name());
      } catch (java.util.concurrent.ExecutionException e) {
        log.warn("Witness {} failed: {}", witnesses.get(i).name(), e.getCause().toString());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return result;
      }
    }
    return result;
  }

  private Optional<NoteSignature> cosignature(SignedCheckpoint checkpoint, RegisteredWitness witness)
      throws IOException, InterruptedException {
    long size = checkpoint.checkpoint().size();
    long old = knownSizes.getOrDefault(witness.name(), 0L);
    for (int attempt = 0; attempt < 3; attempt++) {
      if (old > size) {
        log.warn("Witness {} has cosigned size {}, larger than this checkpoint's {}; it may have seen a fork",
            witness.name(), old, size);
        return Optional.empty();
      }
      List<Hash> proof = old == 0 || old == size
          ? List.of()
          : ConsistencyProof.generate(old, size, store.nodes(size)).hashes();
      StringBuilder body = new StringBuilder("old ").append(old).append('\n');
      for (Hash h : proof) {
        body.append(h.toBase64()).append('\n');
      }
      body.append('\n').append(checkpoint.format());
      HttpRequest request = HttpRequest.newBuilder(URI.create(witness.url() + "/add-checkpoint"))
          .timeout(timeout)
          .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
          .build();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      switch (response.statusCode()) {
        case 200 -> {
          knownSizes.put(witness.name(), size);
          return verified(checkpoint, witness, response.body());
        }
        case 409 -> {
          Optional<Long> theirs = parseSize(response.body());
          if (theirs.isEmpty()) {
            log.warn("Witness {} answered 409 without a size", witness.name());
            return Optional.empty();
          }
          old = theirs.get();
          knownSizes.put(witness.name(), old);
        }
        default -> {
          log.warn("Witness {} refused checkpoint {}: {} {}", witness.name(), size, response.statusCode(),
              abbreviate(response.body()));
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<NoteSignature> verified(SignedCheckpoint checkpoint, RegisteredWitness witness, String body) {
    String text = checkpoint.note().text();
    for (String line : body.split("\n")) {
      if (line.isEmpty()) {
        continue;
      }
      try {
        NoteSignature signature = NoteSignature.parseLine(line);
        if (witness.verifier().identifies(signature)) {
          if (witness.verifier().verifies(text, signature)) {
            return Optional.of(signature);
          }
          log.warn("Witness {} returned a cosignature that does not verify; ignoring it", witness.name());
        }
      } catch (MalformedInputException e) {
        log.warn("Witness {} returned a malformed line: {}", witness.name(), e.getMessage());
      }
    }
    return Optional.empty();
  }

  private static Optional<Long> parseSize(String body) {
    String digits = body.strip();
    if (digits.isEmpty() || digits.length() > 19 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(digits));
  }

  private static String abbreviate(String s) {
    String one = s.strip().replace('\n', ' ');
    return one.length() <= 200 ? one : one.substring(0, 200) + "...";
  }

  /** Forgets what each witness cosigned last, so the next request starts from {@code old 0}. */
  void forgetSizes() {
    knownSizes.clear();
  }

  @Override
  public void destroy() {
    workers.shutdownNow();
  }
}
