package vn.hungyen.snv.plan.domain;

/**
 * What is wrong with one cell of a catalogue file: the row as the user counts it (the header is row 1), the
 * column's Vietnamese header (empty for a problem with the whole row or file) and a Vietnamese message.
 */
public record CellProblem(int row, String column, String message) {

    static CellProblem of(int row, CatalogueColumn column, String message) {
        return new CellProblem(row, column.header(), message);
    }
}
