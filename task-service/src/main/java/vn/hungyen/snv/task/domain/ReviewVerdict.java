package vn.hungyen.snv.task.domain;

/** The outcome of reviewing a submission (nghiệm thu): accepted (Đạt) or returned for rework (Không đạt – làm lại). */
public enum ReviewVerdict {
    ACCEPTED, RETURNED
}
