package org.tribunal.verify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tribunal.merkle.MalformedInputException;
import org.tribunal.merkle.checkpoint.WitnessPolicy;
import org.tribunal.merkle.note.NoteVerifier;

/** Reading files and key arguments for the commands; failures here mean "could not check". */
final class Inputs {

  private Inputs() {}

  static String read(Path file) throws CheckFailed {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new CheckFailed("no such file: " + file, e);
    } catch (java.nio.charset.MalformedInputException e) {
      // Not UTF-8: the content itself is at fault, and the parser will say why.
      return new String(readBytes(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CheckFailed("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  static byte[] readBytes(Path file) throws CheckFailed {
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new CheckFailed("no such file: " + file, e);
    } catch (IOException e) {
      throw new CheckFailed("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** A verifier key given inline ({@code name+id+key}) or as a file whose first line is one. */
  static NoteVerifier verifier(String keyOrFile) throws CheckFailed {
    String key = keyOrFile;
    if (!keyOrFile.contains("+")) {
      key = read(Path.of(keyOrFile)).lines().findFirst().orElse("").trim();
    }
    try {
      return NoteVerifier.parse(key);
    } catch (MalformedInputException e) {
      throw new CheckFailed("bad key " + keyOrFile + ": " + e.getMessage(), e);
    }
  }

  static WitnessPolicy policy(List<String> witnesses, Integer threshold) throws CheckFailed {
    List<NoteVerifier> keys = new ArrayList<>();
    for (String witness : witnesses) {
      keys.add(verifier(witness));
    }
    int k = threshold == null ? keys.size() : threshold;
    try {
      return WitnessPolicy.of(keys, k);
    } catch (IllegalArgumentException e) {
      throw new CheckFailed("bad witness policy: " + e.getMessage(), e);
    }
  }
}
