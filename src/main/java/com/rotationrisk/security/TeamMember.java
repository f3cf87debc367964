package com.rotationrisk.security;

/** A person as sharing sees them: who they are, which team they are in now, and whether they may sign in. */
public record TeamMember(long id, String username, String displayName, Long teamId, String teamName,
                         boolean enabled, boolean admin) {

    static TeamMember of(AppUser user) {
        Team team = user.getTeam();
        return new TeamMember(user.getId(), user.getUsername(), user.getDisplayName(),
                team == null ? null : team.getId(), team == null ? null : team.getName(), user.isEnabled(),
                user.getRole() == Role.ADMIN);
    }

    /** This person as the access rules see them, to decide on their behalf (whom an alert reaches). */
    public SignedInUser asAccessSubject() {
        return new SignedInUser(id, username, displayName, admin ? Role.ADMIN : Role.ADVISOR, teamId, teamName, false);
    }

    /** "Bob Chen (Northbridge Advisors)". */
    public String label() {
        return displayName + (teamName == null ? "" : " (" + teamName + ")");
    }
}
