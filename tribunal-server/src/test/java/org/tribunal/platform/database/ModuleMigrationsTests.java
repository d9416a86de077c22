package org.tribunal.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ModuleMigrationsTests {

  @Test
  void runsRootMigrationsBeforeAnyModule() {
    assertThat(ModuleMigrations.modules()).first().isEqualTo("__root");
  }

  @Test
  void listsEachModuleFolderOnce() {
    assertThat(ModuleMigrations.modules()).doesNotHaveDuplicates();
  }
}
