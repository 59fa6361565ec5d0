package vn.hungyen.snv.plan.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.hungyen.snv.common.organisation.DemoOrganisation;
import vn.hungyen.snv.plan.domain.CatalogueItem;
import vn.hungyen.snv.plan.domain.CatalogueParser;
import vn.hungyen.snv.plan.domain.SearchText;
import vn.hungyen.snv.plan.domain.SourceRef;

/**
 * What the seed catalogues' invariants tests share: reading a catalogue file against an organisation's directory,
 * the text of the seed lines an item cites, and the words that show an item and a text say the same thing.
 */
final class CatalogueProvenance {

    /** The seeds, copied from the shared folder (../shared/seeds) so that the tests run in a clone alone. */
    static final Path SEEDS = Path.of("src", "test", "resources", "seeds");
    static final Path SHARED_SEEDS = Path.of("..", "..", "shared", "seeds");
    /** The fields of work of every plan (table field_of_work). */
    static final List<String> FIELDS = List.of("Tổ chức bộ máy, biên chế, vị trí việc làm",
            "Xây dựng chính quyền, địa giới hành chính, công tác thanh niên",
            "Quản lý cán bộ, công chức, viên chức, đào tạo bồi dưỡng", "Cải cách hành chính",
            "Thanh tra, kiểm tra, pháp chế", "Tín ngưỡng, tôn giáo", "Thi đua, khen thưởng", "Văn thư, lưu trữ",
            "Quản lý, điều hành Sở");
    /** A QUOTED item's quote holds at least this share of the item's significant words. */
    static final double QUOTED_SHARE = 0.5;
    /** Words too common in the plans to show that an item and its source say the same thing. */
    private static final Set<String> STOP_WORDS = Set.of("cac", "cua", "cho", "trong", "theo", "voi", "the", "nam",
            "tinh", "thuc", "hien", "cong", "tac", "nhung", "duoc", "nay", "tren", "tai", "den", "khi", "mot", "nhu",
            "vao", "lam", "hon", "dong", "thoi", "tham", "muu", "ubnd");
    private static final int MIN_WORD_LENGTH = 3;
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private CatalogueProvenance() {
    }

    /** The catalogue resource read with the units and leaders of one demo organisation. */
    static CatalogueParser.Result read(String resource, int year, String organisationCode) {
        DemoOrganisation organisation = DemoOrganisation.load().of(organisationCode);
        Set<String> units = organisation.units().stream().map(DemoOrganisation.Unit::code).collect(Collectors.toSet());
        Set<String> leaders = organisation.officers().stream()
                .filter(o -> o.role().equals("director") || o.role().equals("deputy_director"))
                .map(DemoOrganisation.Officer::username).collect(Collectors.toSet());
        try (InputStream in = Objects.requireNonNull(
                CatalogueProvenance.class.getClassLoader().getResourceAsStream(resource), resource)) {
            return new CatalogueParser(new CatalogueParser.Rules(year, new HashSet<>(FIELDS),
                    new CatalogueParser.Directory(units::contains, leaders::contains)))
                    .parse(CatalogueFiles.readCsv(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> seedLines(String file) {
        try {
            return Files.readAllLines(SEEDS.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cited lines as one text, every run of white space (line breaks included) made one space. */
    static String cited(List<String> lines, SourceRef source) {
        return collapse(String.join(" ", lines.subList(source.firstLine() - 1, source.lastLine())));
    }

    static String collapse(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    static Set<String> significantWords(String text) {
        return SearchText.words(text).stream().filter(w -> w.length() >= MIN_WORD_LENGTH && !STOP_WORDS.contains(w))
                .collect(Collectors.toCollection(HashSet::new));
    }

    /** The share of the item's significant words that the text holds too. */
    static double shareOfContentIn(CatalogueItem item, String text) {
        Set<String> content = significantWords(item.content());
        Set<String> shared = new HashSet<>(content);
        shared.retainAll(significantWords(text));
        return content.isEmpty() ? 0 : (double) shared.size() / content.size();
    }
}
