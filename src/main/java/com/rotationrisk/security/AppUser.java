package com.rotationrisk.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A person who signs in: an advisor (belongs to a team) or an administrator. */
@Entity
@Table(name = "app_user")
public class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    private String displayName;

    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "team_id")
    private Team team;

    private boolean enabled;

    @Column(name = "can_manage_reference_data")
    private boolean canManageReferenceData;

    /** Bumped by every change of rights or credentials; sessions signed in under an older stamp end. */
    private long securityStamp;

    private boolean mustChangePassword;

    private Instant createdAt;

    @Version
    private long version;

    protected AppUser() {
    }

    public AppUser(String username, String displayName, String passwordHash, Role role, Team team) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.team = team;
        this.enabled = true;
        this.createdAt = Instant.now();
    }

    void changePasswordHash(String newHash, boolean mustChange) {
        this.passwordHash = newHash;
        this.mustChangePassword = mustChange;
        securityStamp++;
    }

    void setEnabled(boolean enabled) {
        if (this.enabled != enabled) {
            this.enabled = enabled;
            securityStamp++;
        }
    }

    void assign(Role role, Team team) {
        if (this.role != role || !java.util.Objects.equals(teamId(this.team), teamId(team))) {
            securityStamp++;
        }
        this.role = role;
        this.team = team;
    }

    void allowReferenceDataChanges(boolean allowed) {
        if (this.canManageReferenceData != allowed) {
            this.canManageReferenceData = allowed;
            securityStamp++;
        }
    }

    void requirePasswordChange() {
        this.mustChangePassword = true;
        securityStamp++;
    }

    private static Long teamId(Team team) {
        return team == null ? null : team.getId();
    }

    /** May change the firm's shared reference data (instruments and prices) for every team. */
    public boolean canManageReferenceData() {
        return canManageReferenceData;
    }

    public long getSecurityStamp() {
        return securityStamp;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public Team getTeam() {
        return team;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
