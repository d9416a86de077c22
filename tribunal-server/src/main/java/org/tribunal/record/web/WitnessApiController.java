package org.tribunal.record.web;

import java.security.Principal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tribunal.record.witness.RegisteredWitness;
import org.tribunal.record.witness.WitnessRegistry;

/** Registers witness keys and sets the witness policy (registrars and administrators); lists them (public). */
@RestController
@RequestMapping("/api/v1/record")
class WitnessApiController {

  private final WitnessRegistry registry;

  WitnessApiController(WitnessRegistry registry) {
    this.registry = registry;
  }

  /** A witness as the API shows it. */
  record WitnessBody(String name, String verifierKey, String url, @Nullable String stateCode, boolean active) {
    static WitnessBody of(RegisteredWitness w) {
      return new WitnessBody(w.name(), w.verifier().verifierKey(), w.url(), w.stateCode(), w.active());
    }
  }

  /** What registering a witness takes. */
  record Registration(@Nullable String verifierKey, @Nullable String url, @Nullable String stateCode) {}

  /** The k of the k-of-n policy. */
  record Policy(int quorum) {}

  @GetMapping("/witnesses")
  @PreAuthorize("permitAll()")
  List<WitnessBody> witnesses() {
    return registry.all().stream().map(WitnessBody::of).toList();
  }

  @PostMapping("/witnesses")
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize("hasAnyRole('REGISTRAR','ADMIN')")
  WitnessBody register(@RequestBody Registration body, Principal principal) {
    return WitnessBody.of(registry.register(body.verifierKey(), body.url(), body.stateCode(), principal.getName()));
  }

  /**
   * Deactivates a witness named in the path. Witness names are usually key names such as {@code
   * witness.example.org/w1}, and an encoded slash ({@code %2F}) in a path is refused by the server, so
   * this form only works for names without one; {@link #deactivateNamed} takes any name.
   */
  @DeleteMapping("/witnesses/{name}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @PreAuthorize("hasAnyRole('REGISTRAR','ADMIN')")
  void deactivate(@PathVariable String name, Principal principal) {
    registry.deactivate(name, principal.getName());
  }

  /** Deactivates a witness named in the query: {@code DELETE /api/v1/record/witnesses?name=<name>}. */
  @DeleteMapping(value = "/witnesses", params = "name")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @PreAuthorize("hasAnyRole('REGISTRAR','ADMIN')")
  void deactivateNamed(@RequestParam String name, Principal principal) {
    registry.deactivate(name, principal.getName());
  }

  @GetMapping("/witness-policy")
  @PreAuthorize("permitAll()")
  Policy policy() {
    return new Policy(registry.quorum());
  }

  @PutMapping("/witness-policy")
  @PreAuthorize("hasAnyRole('REGISTRAR','ADMIN')")
  Policy setPolicy(@RequestBody Policy body, Principal principal) {
    registry.setQuorum(body.quorum(), principal.getName());
    return new Policy(registry.quorum());
  }
}
