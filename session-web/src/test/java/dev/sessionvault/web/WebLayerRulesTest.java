package dev.sessionvault.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.sessionvault.domain.audit.AuditOutcome;
import dev.sessionvault.domain.session.SessionCriteria;
import dev.sessionvault.domain.session.SessionSort;
import dev.sessionvault.domain.session.SessionStatus;
import dev.sessionvault.domain.shared.FieldError;
import dev.sessionvault.domain.shared.WireNames;
import jakarta.ejb.Stateless;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import java.util.List;

/**
 * Web adapters talk to the application layer (STYLE.md 12). The domain shows through only where the
 * application's own signatures expose it: the exceptions services throw and the query types of the
 * session listing. Search requests carry enumerations as wire names, so search needs none.
 */
@AnalyzeClasses(
    packages = "dev.sessionvault.web",
    importOptions = ImportOption.DoNotIncludeTests.class)
class WebLayerRulesTest {
  private static final List<Class<?>> QUERY_TYPES =
      List.of(
          SessionStatus.class,
          SessionCriteria.class,
          SessionSort.class,
          SessionSort.Field.class,
          AuditOutcome.class);

  /**
   * Not exceptions, yet part of the error vocabulary: FieldError is the element type of
   * ValidationException.errors(), so every mapper of it needs the type. WireNames is the domain's
   * parser of enumerations in query parameters (QueryParams.enumeration); tolerated explicitly here
   * and reported, since STYLE.md 12 would have web reach it through the application layer.
   */
  private static final List<Class<?>> ERROR_AND_WIRE_VOCABULARY =
      List.of(FieldError.class, WireNames.class);

  private static final DescribedPredicate<JavaClass> DOMAIN_BEYOND_ERRORS_AND_QUERIES =
      DescribedPredicate.describe(
          "domain classes other than exceptions, "
              + names(QUERY_TYPES)
              + " and "
              + names(ERROR_AND_WIRE_VOCABULARY),
          type ->
              type.getPackageName().startsWith("dev.sessionvault.domain")
                  && !type.isAssignableTo(RuntimeException.class)
                  && QUERY_TYPES.stream().noneMatch(type::isEquivalentTo)
                  && ERROR_AND_WIRE_VOCABULARY.stream().noneMatch(type::isEquivalentTo));

  private static String names(List<Class<?>> types) {
    return types.stream().map(Class::getName).toList().toString();
  }

  @ArchTest
  static final ArchRule webUsesTheDomainOnlyForErrorsAndQueries =
      noClasses()
          .that()
          .resideInAPackage("dev.sessionvault.web..")
          .should()
          .dependOnClassesThat(DOMAIN_BEYOND_ERRORS_AND_QUERIES)
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
