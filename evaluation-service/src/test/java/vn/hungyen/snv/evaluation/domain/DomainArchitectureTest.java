package vn.hungyen.snv.evaluation.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * evaluation-service's domain rules (HY-540 and the month's workflow) stay pure Java (README, "Architecture"): no
 * framework, no persistence, no third-party library; they may use common's working-day calendar and violation
 * vocabulary, which common's own tests keep pure.
 */
class DomainArchitectureTest {

    private static final JavaClasses DOMAIN = new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages("vn.hungyen.snv.evaluation.domain");

    @Test
    void domainDependsOnlyOnJavaAndItself() {
        classes().that().resideInAPackage("..evaluation.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "vn.hungyen.snv.evaluation.domain..",
                        "vn.hungyen.snv.common.calendar..", "vn.hungyen.snv.common.deadline..",
                        "vn.hungyen.snv.common.rules..")
                .check(DOMAIN);
    }
}
