package vn.hungyen.snv.plan.service;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hungyen.snv.plan.service.CatalogueProvenance.FIELDS;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.organisation.DemoOrganisation;
import vn.hungyen.snv.plan.domain.CatalogueItem;
import vn.hungyen.snv.plan.domain.CatalogueParser;

/**
 * The Department's catalogue file (catalogue/KH-SNV-2024.csv) keeps the promises of the plan: 196 items numbered
 * without gaps, each citing lines of seed 004 that say what the item says, quoting the words it rests on and telling
 * whether it says what they say (QUOTED) or makes a concrete task of them (DERIVED). Plain JUnit, no Quarkus.
 */
class SeedCatalogueInvariantsTest {

    private static final String RESOURCE = "catalogue/KH-SNV-2024.csv";
    private static final String SEED = "004_38b8e90ea4ed07a7.txt";

    private static CatalogueParser.Result catalogue;
    private static List<String> lines;

    @BeforeAll
    static void readTheFile() {
        catalogue = CatalogueProvenance.read(RESOURCE, 2024, DemoOrganisation.DEPARTMENT);
        lines = CatalogueProvenance.seedLines(SEED);
    }

    @Test
    void everyRowParsesWithKnownFieldsUnitsLeadersDeadlinesAndNoDuplicates() {
        assertThat(catalogue.problems()).isEmpty();
    }

    @Test
    void thereAre196ItemsNumberedOneTo196() {
        assertThat(catalogue.items()).extracting(CatalogueItem::number)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 196).boxed().toList());
    }

    @Test
    void everyFieldOfWorkHasItems() {
        assertThat(catalogue.items()).extracting(CatalogueItem::field).containsAll(FIELDS);
    }

    @Test
    void theCopyOfSeed004IsTheSharedOneWhereTheSharedFolderIsBeside() throws IOException {
        Path copy = CatalogueProvenance.SEEDS.resolve(SEED);
        assertThat(copy).exists();
        if (Files.exists(CatalogueProvenance.SHARED_SEEDS.resolve(SEED))) {
            assertThat(copy).hasSameBinaryContentAs(CatalogueProvenance.SHARED_SEEDS.resolve(SEED));
        }
    }

    @Test
    void everySourceLineExistsAndSaysWhatTheItemSays() {
        assertThat(catalogue.items()).allSatisfy(item -> {
            assertThat(item.source().file()).isEqualTo(SEED);
            assertThat(item.source().lastLine()).as("item %d cites line %d of %d", item.number(),
                    item.source().lastLine(), lines.size()).isLessThanOrEqualTo(lines.size());
            Set<String> shared = CatalogueProvenance.significantWords(item.content());
            shared.retainAll(CatalogueProvenance.significantWords(CatalogueProvenance.cited(lines, item.source())));
            assertThat(shared).as("words item %d shares with %s", item.number(), item.source().text())
                    .hasSizeGreaterThanOrEqualTo(2);
        });
    }

    @Test
    void everyItemTellsWhetherItQuotesOrDerivesItsLines() {
        assertThat(catalogue.items()).allSatisfy(item -> assertThat(item.derivation())
                .as("derivation of item %d", item.number()).isIn(CatalogueParser.DERIVATIONS));
        assertThat(catalogue.items()).extracting(CatalogueItem::derivation)
                .contains(CatalogueParser.QUOTED, CatalogueParser.DERIVED);
    }

    @Test
    void everyQuoteIsWordForWordInTheCitedLines() {
        assertThat(catalogue.items()).allSatisfy(item -> {
            assertThat(item.sourceQuote()).as("quote of item %d", item.number()).isNotBlank();
            assertThat(CatalogueProvenance.cited(lines, item.source())).as("lines %s of item %d",
                    item.source().text(), item.number()).contains(CatalogueProvenance.collapse(item.sourceQuote()));
        });
    }

    @Test
    void aQuotedItemsQuoteHoldsMostOfItsWords() {
        assertThat(catalogue.items()).filteredOn(item -> CatalogueParser.QUOTED.equals(item.derivation()))
                .allSatisfy(item -> assertThat(CatalogueProvenance.shareOfContentIn(item, item.sourceQuote()))
                        .as("share of the words of item %d in its quote", item.number())
                        .isGreaterThanOrEqualTo(CatalogueProvenance.QUOTED_SHARE));
    }

    @Test
    void aVisitSalaryStepsAndAnInspectionOfAssociationsAreMadeFromGeneralDirectives() {
        assertThat(catalogue.items()).filteredOn(item -> Set.of(23, 57, 124).contains(item.number()))
                .extracting(CatalogueItem::derivation).containsOnly(CatalogueParser.DERIVED).hasSize(3);
    }
}
