package org.tribunal;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Verifies the borders between application modules and writes their documentation. */
class ModularityTests {

  static final ApplicationModules modules = ApplicationModules.of(TribunalApplication.class);

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
