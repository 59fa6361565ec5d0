package vn.hungyen.snv.plan.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hungyen.snv.common.organisation.DemoOrganisation;
import vn.hungyen.snv.plan.domain.CatalogueItem;
import vn.hungyen.snv.plan.domain.CatalogueParser;
import vn.hungyen.snv.plan.domain.SearchText;

/**
 * The Department's catalogue file (catalogue/KH-SNV-2024.csv) keeps the promises of the plan: 196 items numbered
 * without gaps, each citing lines of seed 004 that say what the item says. Plain JUnit, no Quarkus.
 */
class SeedCatalogueInvariantsTest {

    private static final String RESOURCE = "catalogue/KH-SNV-2024.csv";
    /**
     * Seed 004, the plan the catalogue rebuilds, copied from the shared folder (../shared/seeds) into the test
     * resources so that the test runs in a clone with nothing beside it.
     */
    private static final Path SEED = Path.of("src", "test", "resources", "seeds", "004_38b8e90ea4ed07a7.txt");
    private static final Path SHARED_SEED = Path.of("..", "..", "shared", "seeds", "004_38b8e90ea4ed07a7.txt");
    private static final List<String> FIELDS = List.of("Tổ chức bộ máy, biên chế, vị trí việc làm",
            "Xây dựng chính quyền, địa giới hành chính, công tác thanh niên",
            "Quản lý cán bộ, công chức, viên chức, đào tạo bồi dưỡng", "Cải cách hành chính",
            "Thanh tra, kiểm tra, pháp chế", "Tín ngưỡng, tôn giáo", "Thi đua, khen thưởng", "Văn thư, lưu trữ",
            "Quản lý, điều hành Sở");
    /** Words too common in the plan to show that an item and its source say the same thing. */
    private static final Set<String> STOP_WORDS = Set.of("cac", "cua", "cho", "trong", "theo", "voi", "the", "nam",
            "tinh", "thuc", "hien", "cong", "tac", "nhung", "duoc", "nay", "tren", "tai", "den", "khi", "mot", "nhu",
            "vao", "lam", "hon", "dong", "thoi", "tham", "muu", "ubnd");
    private static final int MIN_WORD_LENGTH = 3;

    private static CatalogueParser.Result catalogue;

    @BeforeAll
    static void readTheFile() throws IOException {
        DemoOrganisation organisation = DemoOrganisation.load();
        Set<String> units = organisation.units().stream().map(DemoOrganisation.Unit::code).collect(Collectors.toSet());
        Set<String> leaders = organisation.officers().stream()
                .filter(o -> o.role().equals("director") || o.role().equals("deputy_director"))
                .map(DemoOrganisation.Officer::username).collect(Collectors.toSet());
        try (InputStream in = Objects.requireNonNull(
                SeedCatalogueInvariantsTest.class.getClassLoader().getResourceAsStream(RESOURCE), RESOURCE)) {
            catalogue = new CatalogueParser(new CatalogueParser.Rules(2024, new HashSet<>(FIELDS),
                    new CatalogueParser.Directory(units::contains, leaders::contains)))
                    .parse(CatalogueFiles.readCsv(in.readAllBytes()));
        }
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
        assertThat(SEED).exists();
        if (Files.exists(SHARED_SEED)) {
            assertThat(SEED).hasSameBinaryContentAs(SHARED_SEED);
        }
    }

    @Test
    void everySourceLineExistsAndSaysWhatTheItemSays() throws IOException {
        List<String> lines = Files.readAllLines(SEED, StandardCharsets.UTF_8);

        assertThat(catalogue.items()).allSatisfy(item -> {
            assertThat(item.source().file()).isEqualTo(SEED.getFileName().toString());
            assertThat(item.source().lastLine()).as("item %d cites line %d of %d", item.number(),
                    item.source().lastLine(), lines.size()).isLessThanOrEqualTo(lines.size());
            String cited = String.join(" ", lines.subList(item.source().firstLine() - 1, item.source().lastLine()));
            Set<String> shared = significantWords(item.content());
            shared.retainAll(significantWords(cited));
            assertThat(shared).as("words item %d shares with %s", item.number(), item.source().text())
                    .hasSizeGreaterThanOrEqualTo(2);
        });
    }

    private static Set<String> significantWords(String text) {
        return SearchText.words(text).stream().filter(w -> w.length() >= MIN_WORD_LENGTH && !STOP_WORDS.contains(w))
                .collect(Collectors.toCollection(HashSet::new));
    }
}
