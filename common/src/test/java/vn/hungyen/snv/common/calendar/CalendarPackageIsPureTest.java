package vn.hungyen.snv.common.calendar;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class CalendarPackageIsPureTest {

    @Test
    void theRulesUseTheJdkOnly() {
        JavaClasses rules = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.hungyen.snv.common.calendar");

        classes().should().onlyDependOnClassesThat().resideInAnyPackage("java..", "vn.hungyen.snv.common.calendar..")
                .check(rules);
    }
}
