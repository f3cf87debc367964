package com.rotationrisk.watch;

import com.rotationrisk.security.CurrentUser;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** What administrators see of the nightly re-scoring and the run they may start by hand. */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class RescoringAdmin {

    public static final int RUNS_SHOWN = 20;

    private final NightlyRescoring rescoring;
    private final WatchRuns runs;
    private final CurrentUser currentUser;

    RescoringAdmin(NightlyRescoring rescoring, WatchRuns runs, CurrentUser currentUser) {
        this.rescoring = rescoring;
        this.runs = runs;
        this.currentUser = currentUser;
    }

    /** The newest runs first, the one under way (or stopped half-way) without a finish time. */
    public List<RescoringRun> recentRuns() {
        currentUser.require();
        return runs.recent(RUNS_SHOWN);
    }

    /**
     * Re-scores every saved portfolio now and returns when done (call it off the UI thread); empty when another run
     * holds the lock, here or on another instance.
     */
    public Optional<NightlyRescoring.Outcome> runNow() {
        currentUser.require();
        return rescoring.runOnce("admin");
    }
}
