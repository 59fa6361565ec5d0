package vn.hungyen.snv.evaluation.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One submission of a product and the reviewer's verdict on it, as scoring-hy540 §2 reads them.
 *
 * <p>{@code submittedOn} is the calendar date in the organisation's zone (Asia/Ho_Chi_Minh) of the
 * moment the officer submitted; the review date is deliberately absent, because reviewer delay never
 * makes an officer late (§2).
 *
 * @param submittedOn    date of submission, Asia/Ho_Chi_Minh
 * @param verdict        the reviewer's verdict, {@link Verdict#PENDING} while unreviewed
 * @param majorError     for a return: the reviewer marked a major content error
 * @param objectiveCause for a return: the approver confirmed an objective cause
 */
public record Submission(LocalDate submittedOn, Verdict verdict, boolean majorError, boolean objectiveCause) {

    /** The reviewer's verdict on a submission (§2: "Đạt" / "Không đạt"). */
    public enum Verdict {
        ACCEPTED,
        RETURNED,
        PENDING
    }

    public Submission {
        Objects.requireNonNull(submittedOn, "submittedOn");
        Objects.requireNonNull(verdict, "verdict");
    }

    public static Submission accepted(LocalDate submittedOn) {
        return new Submission(submittedOn, Verdict.ACCEPTED, false, false);
    }

    /** A return for a major content error without a confirmed objective cause: it counts (§2). */
    public static Submission returnedForMajorError(LocalDate submittedOn) {
        return new Submission(submittedOn, Verdict.RETURNED, true, false);
    }

    /** True when this return lowers the quality score: major error, no objective cause (§2). */
    public boolean isCountedReturn() {
        return verdict == Verdict.RETURNED && majorError && !objectiveCause;
    }
}
