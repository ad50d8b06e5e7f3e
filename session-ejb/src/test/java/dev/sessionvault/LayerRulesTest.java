package dev.sessionvault;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceContexts;
import jakarta.transaction.Transactional;

/** The layering of STYLE.md (points 1 and 12), checked on the main classes of this module. */
@AnalyzeClasses(packages = "dev.sessionvault", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {
  private static final String DOMAIN = "dev.sessionvault.domain..";
  private static final String APPLICATION = "dev.sessionvault.application..";
  private static final String INFRASTRUCTURE = "dev.sessionvault.infrastructure..";

  private static final DescribedPredicate<JavaAnnotation<?>> EJB_ANNOTATION =
      DescribedPredicate.describe(
          "an annotation from jakarta.ejb",
          annotation -> annotation.getRawType().getPackageName().startsWith("jakarta.ejb"));

  private static final DescribedPredicate<JavaClass> PERSISTENCE_CONTEXT_API =
      DescribedPredicate.describe(
          "the EntityManager or @PersistenceContext",
          type ->
              type.isAssignableTo(EntityManager.class)
                  || type.isEquivalentTo(PersistenceContext.class)
                  || type.isEquivalentTo(PersistenceContexts.class));

  @ArchTest
  static final ArchRule domainUsesNoContainerOrAdapterApi =
      noClasses()
          .that()
          .resideInAPackage(DOMAIN)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "jakarta.ejb..",
              "jakarta.enterprise..",
              "jakarta.inject..",
              "jakarta.ws.rs..",
              "org.hibernate.search..")
          .because("the domain is plain Java plus its JPA mapping (STYLE.md 12)");

  @ArchTest
  static final ArchRule domainDoesNotQueryThePersistenceContext =
      noClasses()
          .that()
          .resideInAPackage(DOMAIN)
          .should()
          .dependOnClassesThat(PERSISTENCE_CONTEXT_API)
          .because("repositories are interfaces in the domain, implemented in infrastructure");

  @ArchTest
  static final ArchRule domainDependsOnNoOuterLayer =
      noClasses()
          .that()
          .resideInAPackage(DOMAIN)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(APPLICATION, INFRASTRUCTURE);

  @ArchTest
  static final ArchRule applicationDoesNotDependOnInfrastructure =
      noClasses()
          .that()
          .resideInAPackage(APPLICATION)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(INFRASTRUCTURE)
          .because("services reach technology only through domain interfaces (CallerContext too)");

  @ArchTest
  static final ArchRule applicationDoesNotDependOnJson =
      noClasses()
          .that()
          .resideInAPackage(APPLICATION)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("jakarta.json..")
          .because(
              "services take commands and return views; JSON documents are the web's (binding,"
                  + " merge patch) and stored JSON formats are infrastructure's");

  @ArchTest
  static final ArchRule repositoriesDoNotDemarcateTransactions =
      noClasses()
          .that()
          .resideInAPackage("dev.sessionvault.infrastructure.persistence..")
          .and()
          .haveSimpleNameEndingWith("Repository")
          .should()
          .beAnnotatedWith(Transactional.class)
          .orShould()
          .beAnnotatedWith(EJB_ANNOTATION)
          .because("the calling @Stateless service owns the transaction (STYLE.md 1)");

  @ArchTest
  static final ArchRule repositoryMethodsDoNotDemarcateTransactions =
      noMethods()
          .that()
          .areDeclaredInClassesThat()
          .resideInAPackage("dev.sessionvault.infrastructure.persistence..")
          .and()
          .areDeclaredInClassesThat()
          .haveSimpleNameEndingWith("Repository")
          .should()
          .beAnnotatedWith(Transactional.class)
          .orShould()
          .beAnnotatedWith(EJB_ANNOTATION);

  @ArchTest
  static final ArchRule statelessBeansAreTheApplicationServices =
      classes()
          .that()
          .areAnnotatedWith(Stateless.class)
          .should()
          .resideInAPackage("dev.sessionvault.application.internal..")
          .because("@Stateless services are the only transaction boundary (STYLE.md 1)");

  @ArchTest
  static final ArchRule noJtaTransactionalAnywhere =
      noClasses()
          .should()
          .beAnnotatedWith(Transactional.class)
          .because("container-managed transactions of @Stateless services are the only boundary");

  @ArchTest
  static final ArchRule noJtaTransactionalMethodsAnywhere =
      noMethods().should().beAnnotatedWith(Transactional.class);

  @ArchTest
  static final ArchRule repositoriesImplementDomainInterfaces =
      classes()
          .that()
          .resideInAPackage("dev.sessionvault.infrastructure.persistence..")
          .and()
          .haveSimpleNameEndingWith("Repository")
          .should()
          .implement(
              DescribedPredicate.describe(
                  "a repository interface of the domain",
                  (JavaClass type) ->
                      type.isInterface()
                          && type.getPackageName().startsWith("dev.sessionvault.domain.")
                          && type.getSimpleName().endsWith("Repository")));

  @ArchTest
  static final ArchRule domainPackagesHaveNoCycles =
      slices()
          .matching("dev.sessionvault.domain.(*)..")
          .should()
          .beFreeOfCycles()
          .because("an aggregate's parts depend on its root, never the other way round");

  @ArchTest
  static final ArchRule applicationPackagesHaveNoCycles =
      slices().matching("dev.sessionvault.application.(*)..").should().beFreeOfCycles();
}
