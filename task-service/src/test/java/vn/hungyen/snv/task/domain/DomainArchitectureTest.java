package vn.hungyen.snv.task.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * task-service's domain rules stay pure Java (README, "Architecture"); they may use common's deadline arithmetic, working-day
 * calendar and violation vocabulary, which common's own tests keep pure.
 */
class DomainArchitectureTest {

    private static final JavaClasses DOMAIN = new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages("vn.hungyen.snv.task.domain");

    @Test
    void domainDependsOnlyOnJavaAndItself() {
        classes().that().resideInAPackage("..task.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "vn.hungyen.snv.task.domain..",
                        "vn.hungyen.snv.common.deadline..", "vn.hungyen.snv.common.rules..",
                        "vn.hungyen.snv.common.calendar..")
                .check(DOMAIN);
    }
}
