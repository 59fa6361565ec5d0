package vn.hungyen.snv.evaluation.rules;

import java.util.List;

/**
 * A month cannot be rated yet: for these leaders the rules leave đ to the approver (scoring-hy540 §6)
 * and no choice has been recorded.
 */
public final class OrganisingChoiceRequiredException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> leaderIds;

    public OrganisingChoiceRequiredException(List<String> leaderIds) {
        super("đ needs the approver's choice for " + String.join(", ", leaderIds));
        this.leaderIds = List.copyOf(leaderIds);
    }

    public List<String> leaderIds() {
        return leaderIds;
    }
}
