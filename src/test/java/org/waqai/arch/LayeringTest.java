package org.waqai.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the package roles of the package-info files true: who may depend on whom. */
class LayeringTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.waqai");

  @Test
  void modelDependsOnNothingOfOurs() {
    noClasses().that().resideInAPackage("org.waqai.model..").should().dependOnClassesThat()
        .resideInAnyPackage("org.waqai.text..", "org.waqai.extract..", "org.waqai.resolve..", "org.waqai.store..",
            "org.waqai.io..", "org.waqai.ingest..", "org.waqai.cli..", "org.waqai.api..")
        .check(CLASSES);
  }

  @Test
  void dataFilesReaderDependsOnNothingOfOurs() {
    noClasses().that().resideInAPackage("org.waqai.data..").should().dependOnClassesThat()
        .resideInAnyPackage("org.waqai.model..", "org.waqai.text..", "org.waqai.extract..", "org.waqai.resolve..",
            "org.waqai.store..", "org.waqai.io..", "org.waqai.ingest..", "org.waqai.cli..", "org.waqai.api..")
        .check(CLASSES);
  }

  @Test
  void textAndResolveKnowOnlyTheModel() {
    noClasses().that().resideInAnyPackage("org.waqai.text..", "org.waqai.resolve..").should().dependOnClassesThat()
        .resideInAnyPackage("org.waqai.extract..", "org.waqai.store..", "org.waqai.io..", "org.waqai.ingest..",
            "org.waqai.cli..", "org.waqai.api..")
        .check(CLASSES);
  }

  @Test
  void extractionKnowsNoStoreNoHttpNoCli() {
    noClasses().that().resideInAPackage("org.waqai.extract..").should().dependOnClassesThat()
        .resideInAnyPackage("org.waqai.store..", "org.waqai.io..", "org.waqai.ingest..", "org.waqai.cli..",
            "org.waqai.api..")
        .check(CLASSES);
  }

  @Test
  void storesKnowTheModelOnly() {
    noClasses().that().resideInAPackage("org.waqai.store..").should().dependOnClassesThat()
        .resideInAnyPackage("org.waqai.extract..", "org.waqai.text..", "org.waqai.io..", "org.waqai.ingest..",
            "org.waqai.cli..", "org.waqai.api..")
        .check(CLASSES);
  }

  @Test
  void nothingButTheServiceUsesTheServiceOrTheCli() {
    noClasses().that().resideOutsideOfPackages("org.waqai.api..").should().dependOnClassesThat()
        .resideInAPackage("org.waqai.api..").check(CLASSES);
    noClasses().that().resideOutsideOfPackages("org.waqai.cli..").should().dependOnClassesThat()
        .resideInAPackage("org.waqai.cli..").check(CLASSES);
  }
}
