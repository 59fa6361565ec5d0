package vn.hungyen.snv.webui.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class DomainArchitectureTest {

    @Test
    void thePageRulesUseOnlyTheJavaPlatform() {
        classes().that().resideInAPackage("vn.hungyen.snv.webui.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "vn.hungyen.snv.webui.domain..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("vn.hungyen.snv.webui.domain"));
    }
}
