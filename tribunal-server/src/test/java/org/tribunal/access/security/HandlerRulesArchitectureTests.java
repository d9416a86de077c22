package org.tribunal.access.security;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every handler method of every controller in every module carries an explicit access rule: a
 * {@code @PreAuthorize} on the method or on its class. Nothing is open or closed by omission.
 */
class HandlerRulesArchitectureTests {

  static final ArchRule EVERY_HANDLER_HAS_A_RULE = methods()
      .that().areMetaAnnotatedWith(RequestMapping.class)
      .and().areDeclaredInClassesThat().areMetaAnnotatedWith(Controller.class)
      .should(carryAnAccessRule())
      .because("every endpoint must state who may call it (DESIGN.md, Security)");

  @Test
  void everyHandlerInEveryModuleHasAnExplicitRule() {
    JavaClasses production = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.tribunal");
    EVERY_HANDLER_HAS_A_RULE.check(production);
  }

  @Test
  void findsAHandlerWithoutARule() {
    JavaClasses samples = new ClassFileImporter()
        .importClasses(UnguardedController.class, GuardedController.class, ClassGuardedController.class);
    EvaluationResult result = EVERY_HANDLER_HAS_A_RULE.evaluate(samples);
    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails())
        .hasSize(1)
        .first().asString().contains("UnguardedController.open()");
  }

  private static ArchCondition<JavaMethod> carryAnAccessRule() {
    return new ArchCondition<>("carry @PreAuthorize on the method or its class") {
      @Override
      public void check(JavaMethod method, ConditionEvents events) {
        boolean ruled = method.isMetaAnnotatedWith(PreAuthorize.class)
            || method.getOwner().isMetaAnnotatedWith(PreAuthorize.class);
        if (!ruled) {
          events.add(SimpleConditionEvent.violated(
              method, method.getFullName() + " has no @PreAuthorize on the method or its class"));
        }
      }
    };
  }

  @RestController
  static class UnguardedController {
    @GetMapping("/open")
    String open() {
      return "";
    }
  }

  @Controller
  static class GuardedController {
    @PostMapping("/guarded")
    @PreAuthorize("hasRole('ADMIN')")
    String guarded() {
      return "";
    }
  }

  @RestController
  @PreAuthorize("permitAll()")
  static class ClassGuardedController {
    @GetMapping("/public")
    String everyone() {
      return "";
    }
  }
}
