package vn.hungyen.snv.plan.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.deadline.DeadlineKind;
import vn.hungyen.snv.common.organisation.DemoOrganisation;
import vn.hungyen.snv.plan.domain.CatalogueItem;
import vn.hungyen.snv.plan.domain.CatalogueParser;

/**
 * Mỹ Hào's 2025 catalogue (catalogue/KH-MYHAO-2025.csv), rebuilt from seed 003 (the plan for the 2025 work theme)
 * and seed 002 (the tasks to improve the CCHC index): items numbered without gaps, led by Mỹ Hào's offices under
 * their supervising vice-chairs, every citation and quote found in the seeds, every deadline in 2025. Plain JUnit.
 */
class MyHaoCatalogueInvariantsTest {

    private static final String RESOURCE = "catalogue/KH-MYHAO-2025.csv";
    private static final int YEAR = 2025;
    private static final List<String> SEEDS = List.of("002_ff6b27c42be6c96e.txt", "003_eec273bf2bf7e57c.txt");

    private static CatalogueParser.Result catalogue;
    private static Map<String, List<String>> lines;

    @BeforeAll
    static void readTheFile() {
        catalogue = CatalogueProvenance.read(RESOURCE, YEAR, DemoOrganisation.MY_HAO);
        lines = Map.of(SEEDS.get(0), CatalogueProvenance.seedLines(SEEDS.get(0)),
                SEEDS.get(1), CatalogueProvenance.seedLines(SEEDS.get(1)));
    }

    @Test
    void everyRowParsesWithMyHaosUnitsAndLeadersAndKnownFields() {
        assertThat(catalogue.problems()).isEmpty();
        assertThat(catalogue.items()).hasSize(catalogue.rowCount()).hasSizeBetween(30, 60);
    }

    @Test
    void itemsAreNumberedFromOneWithoutGaps() {
        assertThat(catalogue.items()).extracting(CatalogueItem::number)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, catalogue.items().size()).boxed().toList());
    }

    @Test
    void everyOfficeLeadsItemsUnderTheViceChairWhoSupervisesIt() {
        DemoOrganisation myHao = DemoOrganisation.load().of(DemoOrganisation.MY_HAO);
        Map<String, String> supervisorOf = myHao.units().stream().collect(Collectors.toMap(
                DemoOrganisation.Unit::code, DemoOrganisation.Unit::supervisorUsername));

        assertThat(catalogue.items()).extracting(CatalogueItem::leadUnit).containsAll(supervisorOf.keySet());
        assertThat(catalogue.items()).allSatisfy(item -> assertThat(item.supervisor())
                .as("supervisor of item %d", item.number()).isEqualTo(supervisorOf.get(item.leadUnit())));
    }

    @Test
    void everyDeadlineFallsIn2025() {
        assertThat(catalogue.items()).allSatisfy(item -> {
            if (item.deadline().dueDate() != null) {
                assertThat(item.deadline().dueDate()).as("deadline of item %d", item.number())
                        .isBetween(LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 31));
            } else {
                assertThat(item.deadline().kind()).isIn(DeadlineKind.REGULAR, DeadlineKind.MONTHLY_DAY);
            }
        });
    }

    @Test
    void everyCitationIsOfSeed002Or003AndItsLinesExist() {
        assertThat(catalogue.items()).allSatisfy(item -> {
            assertThat(item.source().file()).as("seed of item %d", item.number()).isIn(SEEDS);
            assertThat(item.source().lastLine()).as("last line cited by item %d", item.number())
                    .isLessThanOrEqualTo(lines.get(item.source().file()).size());
        });
        assertThat(catalogue.items()).extracting(item -> item.source().file()).containsAll(SEEDS);
    }

    @Test
    void everyQuoteIsWordForWordInTheCitedLinesAndEveryItemHasADerivation() {
        assertThat(catalogue.items()).allSatisfy(item -> {
            assertThat(item.derivation()).as("derivation of item %d", item.number())
                    .isIn(CatalogueParser.DERIVATIONS);
            assertThat(item.sourceQuote()).as("quote of item %d", item.number()).isNotBlank();
            assertThat(CatalogueProvenance.cited(lines.get(item.source().file()), item.source()))
                    .as("lines %s of item %d", item.source().text(), item.number())
                    .contains(CatalogueProvenance.collapse(item.sourceQuote()));
        });
    }

    @Test
    void aQuotedItemsQuoteHoldsMostOfItsWordsAndADerivedOneStillSharesSome() {
        assertThat(catalogue.items()).allSatisfy(item -> {
            double share = CatalogueProvenance.shareOfContentIn(item, item.sourceQuote());
            assertThat(share).as("share of the words of item %d in its quote", item.number())
                    .isGreaterThanOrEqualTo(CatalogueParser.QUOTED.equals(item.derivation())
                            ? CatalogueProvenance.QUOTED_SHARE : 0.2);
        });
    }

    @Test
    void theCopiesOfSeeds002And003AreTheSharedOnesWhereTheSharedFolderIsBeside() throws IOException {
        for (String seed : SEEDS) {
            Path copy = CatalogueProvenance.SEEDS.resolve(seed);
            assertThat(copy).exists();
            if (Files.exists(CatalogueProvenance.SHARED_SEEDS.resolve(seed))) {
                assertThat(copy).hasSameBinaryContentAs(CatalogueProvenance.SHARED_SEEDS.resolve(seed));
            }
        }
    }
}
