package com.rotationrisk.portfolio.ui;

import com.rotationrisk.security.TeamMember;
import com.rotationrisk.security.TeamSummary;

/** What the owner picks in the share form: one person, their own whole team, or another team. */
sealed interface ShareTarget {

    String label();

    record Person(TeamMember member) implements ShareTarget {
        public String label() {
            return member.label();
        }
    }

    record OwnTeam(String teamName) implements ShareTarget {
        public String label() {
            return "Everyone in my team" + (teamName == null ? "" : " (" + teamName + ")");
        }
    }

    record OtherTeam(TeamSummary team) implements ShareTarget {
        public String label() {
            return "Everyone in " + team.name() + " (another team)";
        }
    }
}
