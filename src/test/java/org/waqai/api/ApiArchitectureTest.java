package org.waqai.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules inside {@code org.waqai.api} that its {@code package-info.java} files state; that nothing
 * else depends on the service is {@code org.waqai.arch.LayeringTest}'s.
 */
class ApiArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.waqai");
  }

  @Test
  void resourcesReachTheStoresOnlyThroughServices() {
    noClasses().that().resideInAPackage("org.waqai.api")
        .should().dependOnClassesThat().resideInAnyPackage("org.neo4j..", "org.waqai.store..", "org.waqai.ingest..")
        .check(classes);
  }

  @Test
  void errorsAndFormatsStandAlone() {
    noClasses().that().resideInAnyPackage("org.waqai.api.problem", "org.waqai.api.format")
        .should().dependOnClassesThat().resideInAnyPackage("org.waqai.api", "org.waqai.api.config",
            "org.waqai.api.cypher", "org.waqai.api.sparql", "org.waqai.api.linked", "org.waqai.api.events",
            "org.waqai.api.export", "org.waqai.api.ingest", "org.waqai.api.health", "org.waqai.api.security")
        .check(classes);
  }
}
