package com.rotationrisk.security;

public record TeamSummary(long id, String name) {

    static TeamSummary of(Team team) {
        return new TeamSummary(team.getId(), team.getName());
    }

    @Override
    public String toString() {
        return name;
    }
}
