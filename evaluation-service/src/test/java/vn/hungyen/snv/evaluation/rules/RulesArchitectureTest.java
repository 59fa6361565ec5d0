package vn.hungyen.snv.evaluation.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The HY-540 rules stay pure Java: no framework, no persistence, no third-party library (style.md habit 1); the
 * working-day calendar they count overdue spans with is common's, itself pure.
 */
class RulesArchitectureTest {

    private static final JavaClasses RULES = new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages("vn.hungyen.snv.evaluation.rules");

    @Test
    void rulesDependOnlyOnJavaAndThemselves() {
        classes().that().resideInAPackage("..rules..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "vn.hungyen.snv.evaluation.rules..",
                        "vn.hungyen.snv.common.calendar..")
                .check(RULES);
    }

    @Test
    void rulesUseNoFrameworkOrPersistence() {
        noClasses().that().resideInAPackage("..rules..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "io.quarkus..", "org.hibernate..")
                .check(RULES);
    }
}
