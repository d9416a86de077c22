package org.tribunal;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Verifies the borders between application modules and writes their documentation. */
class ModularityTests {

  /** The merkle-log library shares the root package but is a library, not an application module. */
  static final ApplicationModules modules =
      ApplicationModules.of(
          TribunalApplication.class,
          com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("org.tribunal.merkle.."));

  @Test
  void modulesRespectTheirBorders() {
    modules.verify();
  }

  @Test
  void writesModuleDocumentation() {
    new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
    org.assertj.core.api.Assertions.assertThat(
            java.nio.file.Files.exists(java.nio.file.Path.of("target/spring-modulith-docs/components.puml")))
        .isTrue();
  }
}
