package com.rotationrisk.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rotationrisk.IntegrationTest;
import com.rotationrisk.SecurityTestSupport;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The run log and the re-scoring by hand are for administrators only; the log shows each run as it ended. */
@IntegrationTest
class RescoringAdminTest {

    @Autowired UserDetailsService userDetails;
    @Autowired SecurityContextHolderStrategy securityContextStrategy;
    @Autowired RescoringAdmin admin;
    @Autowired ApplicationContext context;

    @Test
    void anAdvisorIsRefusedTheRunsAndTheRunNowAnAdministratorSeesTheFinishedRun() {
        SecurityTestSupport security = new SecurityTestSupport(userDetails, securityContextStrategy);
        assertThatThrownBy(() -> security.run("bob", admin::recentRuns)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> security.run("bob", admin::runNow)).isInstanceOf(AccessDeniedException.class);

        NightlyRescoring.Outcome outcome = new WatchTestData(context).run();
        List<RescoringRun> runs = security.as("admin", admin::recentRuns);
        assertThat(runs).isNotEmpty().hasSizeLessThanOrEqualTo(RescoringAdmin.RUNS_SHOWN);
        RescoringRun newest = runs.getFirst();
        assertThat(newest.finished()).isTrue();
        assertThat(newest.startedBy()).isEqualTo("test");
        assertThat(newest.portfolios()).isEqualTo(outcome.portfolios());
        assertThat(newest.scored() + newest.unchanged() + newest.notScored()).isEqualTo(outcome.portfolios());
    }
}
