package vn.hungyen.snv.common.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The violation vocabulary the services' pure rules share uses the JDK only. */
class RulesPackageIsPureTest {

    @Test
    void theVocabularyUsesTheJdkOnly() {
        JavaClasses rules = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.hungyen.snv.common.rules");

        classes().should().onlyDependOnClassesThat().resideInAnyPackage("java..", "vn.hungyen.snv.common.rules..")
                .check(rules);
    }
}
