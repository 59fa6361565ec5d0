package vn.hungyen.snv.plan.domain;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.organisation.UnitCodes;

/**
 * plan-service's catalogue, officer-history and calendar rules stay pure Java (README, "Architecture"); the deadline
 * rules, the working-day calendar, the list of unit codes and the rule violations they use are pure too.
 */
class DomainArchitectureTest {

    @Test
    void domainDependsOnlyOnJavaAndThePureCommonRules() {
        JavaClasses domain = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("vn.hungyen.snv.plan.domain");

        classes().should().onlyDependOnClassesThat(resideInAnyPackage("java..", "vn.hungyen.snv.plan.domain..",
                "vn.hungyen.snv.common.deadline..", "vn.hungyen.snv.common.rules..",
                "vn.hungyen.snv.common.calendar..").or(type(UnitCodes.class)))
                .check(domain);
    }
}
