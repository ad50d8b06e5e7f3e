package dev.sessionvault.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.sessionvault.domain.shared.FieldError;
import jakarta.ejb.Stateless;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import java.util.List;

/**
 * Web adapters talk to the application layer (STYLE.md 12). The domain shows through only where the
 * application's own signatures expose it: the exceptions services throw. Commands, listings and
 * search pass application records that carry enumerations by wire name.
 */
@AnalyzeClasses(
    packages = "dev.sessionvault.web",
    importOptions = ImportOption.DoNotIncludeTests.class)
class WebLayerRulesTest {
  /**
   * Not an exception, yet part of the error vocabulary: FieldError is the element type of
   * ValidationException.errors(), so every mapper of it needs the type.
   */
  private static final List<Class<?>> ERROR_VOCABULARY = List.of(FieldError.class);

  private static final DescribedPredicate<JavaClass> DOMAIN_BEYOND_ERRORS =
      DescribedPredicate.describe(
          "domain classes other than exceptions and " + names(ERROR_VOCABULARY),
          type ->
              type.getPackageName().startsWith("dev.sessionvault.domain")
                  && !type.isAssignableTo(RuntimeException.class)
                  && ERROR_VOCABULARY.stream().noneMatch(type::isEquivalentTo));

  private static String names(List<Class<?>> types) {
    return types.stream().map(Class::getName).toList().toString();
  }

  @ArchTest
  static final ArchRule webUsesTheDomainOnlyForErrors =
      noClasses()
          .that()
          .resideInAPackage("dev.sessionvault.web..")
          .should()
          .dependOnClassesThat(DOMAIN_BEYOND_ERRORS)
          .because("resources call application services and map their views (STYLE.md 12)");

  @ArchTest
  static final ArchRule webNeverUsesInfrastructure =
      noClasses()
          .that()
          .resideInAPackage("dev.sessionvault.web..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("dev.sessionvault.infrastructure..");

  @ArchTest
  static final ArchRule resourcesAreNotTransactionBoundaries =
      noClasses()
          .that()
          .areAnnotatedWith(Path.class)
          .should()
          .beAnnotatedWith(Stateless.class)
          .orShould()
          .beAnnotatedWith(Transactional.class)
          .because(
              "each request makes one call to a @Stateless service, the only boundary (STYLE.md"
                  + " 1)");

  @ArchTest
  static final ArchRule resourceMethodsAreNotTransactional =
      noMethods()
          .that()
          .areDeclaredInClassesThat()
          .areAnnotatedWith(Path.class)
          .should()
          .beAnnotatedWith(Transactional.class);
}
