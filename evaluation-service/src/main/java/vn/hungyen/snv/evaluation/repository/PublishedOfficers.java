package vn.hungyen.snv.evaluation.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.hibernate.Session;

/**
 * The officers' rows of a published month ({@code published_officer}, snapshot version 3): each officer's rating as
 * published (JSON), in the month's order. Written in statements of {@value #CHUNK} rows on the transaction's
 * connection, after the publication's own row (flushed first): a failure on any row rolls the whole publication back.
 * Read as a stream, a chunk of rows at a time: a province-size month never becomes one string; a unit's or an
 * officer's rows are read alone.
 */
@ApplicationScoped
public class PublishedOfficers {

    /** Rows per statement: a few megabytes of JSON at most. */
    static final int CHUNK = 200;

    /** One officer of a publication: where they stand in the month's list, their unit, their rating (JSON). */
    public record Row(long officerId, int position, String unitCode, String rating) {
    }

    private final EntityManager entityManager;

    PublishedOfficers(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Inserts {@code rows} for the publication {@code month} of {@code organisationCode}. */
    public void insert(String organisationCode, String month, List<Row> rows) {
        write("""
                insert into published_officer (officer_id, position, unit_code, rating, organisation_code, month)
                select r.officer_id, r.position, r.unit_code, r.rating, p.organisation_code, p.month
                from unnest(?::bigint[], ?::int[], ?::varchar[], ?::text[])
                    as r (officer_id, position, unit_code, rating),
                    (select ?::varchar, ?::varchar) as p (organisation_code, month)""", organisationCode, month, rows);
    }

    /**
     * Rewrites the ratings (and units) of {@code rows}, found by officer; an officer not stored with the publication is
     * an error (the month's officers do not change after publication).
     */
    public void update(String organisationCode, String month, List<Row> rows) {
        write("""
                update published_officer o set unit_code = r.unit_code, rating = r.rating
                from unnest(?::bigint[], ?::int[], ?::varchar[], ?::text[])
                    as r (officer_id, position, unit_code, rating)
                where o.organisation_code = ? and o.month = ? and o.officer_id = r.officer_id
                    and o.position = r.position""", organisationCode, month, rows);
    }

    /** Runs {@code sql} per chunk: the rows' four columns as arrays, then the organisation and the month. */
    private void write(String sql, String organisationCode, String month, List<Row> rows) {
        entityManager.flush();
        session().doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int from = 0; from < rows.size(); from += CHUNK) {
                    List<Row> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
                    statement.setObject(1, chunk.stream().mapToLong(Row::officerId).toArray());
                    statement.setObject(2, chunk.stream().mapToInt(Row::position).toArray());
                    statement.setObject(3, chunk.stream().map(Row::unitCode).toArray(String[]::new));
                    statement.setObject(4, chunk.stream().map(Row::rating).toArray(String[]::new));
                    statement.setString(5, organisationCode);
                    statement.setString(6, month);
                    int written = statement.executeUpdate();
                    if (written != chunk.size()) {
                        throw new IllegalStateException(written + " of " + chunk.size() + " officers of "
                                + organisationCode + "/" + month + " were written");
                    }
                }
            }
        });
    }

    /**
     * Each stored rating (JSON) of the publication, in the month's order: of the unit {@code unitCode} only, and of the
     * officer {@code officerId} only, when given (null: any). A unit's rows are found by its index, an officer's by the
     * key: a page of a province-size month reads only its own rows.
     */
    public void ratings(String organisationCode, String month, String unitCode, Long officerId,
            Consumer<String> rating) {
        StringBuilder sql = new StringBuilder(
                "select rating from published_officer where organisation_code = ? and month = ?");
        List<Object> parameters = new ArrayList<>(List.of(organisationCode, month));
        if (unitCode != null) {
            sql.append(" and unit_code = ?");
            parameters.add(unitCode);
        }
        if (officerId != null) {
            sql.append(" and officer_id = ?");
            parameters.add(officerId);
        }
        sql.append(" order by position");
        session().doWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement(sql.toString())) {
                query.setFetchSize(CHUNK);
                for (int i = 0; i < parameters.size(); i++) {
                    query.setObject(i + 1, parameters.get(i));
                }
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        rating.accept(rows.getString(1));
                    }
                }
            }
        });
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }
}
