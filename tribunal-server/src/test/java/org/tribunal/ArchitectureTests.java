package org.tribunal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Rules every module keeps, beyond the module borders that {@link ModularityTests} checks. */
class ArchitectureTests {

  static final JavaClasses classes =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.tribunal");

  @Test
  void repositoriesAndEntitiesAreNotPublic() {
    classes()
        .that()
        .haveSimpleNameEndingWith("Repository")
        .or()
        .haveSimpleNameEndingWith("Entity")
        .or()
        .haveSimpleNameEndingWith("Impl")
        .should()
        .notBePublic()
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void domainNeverReachesIntoTheWebLayer() {
    noClasses()
        .that()
        .resideInAPackage("..domain..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("..web..")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void noFieldInjection() {
    fields().should().notBeAnnotatedWith(Autowired.class).allowEmptyShould(true).check(classes);
  }

  @Test
  void noPrintingExceptAtStartup() {
    noClasses()
        .that()
        .doNotHaveSimpleName("StartupAnnouncement")
        .and()
        .doNotHaveSimpleName("InitialAccounts")
        .and()
        .doNotHaveSimpleName("FolderImport")
        .should()
        .accessField(System.class, "out")
        .check(classes);
  }
}
