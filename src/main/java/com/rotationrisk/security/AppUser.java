package com.rotationrisk.security;

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

    private boolean canImportPrices;

    private int failedLoginCount;

    private Instant lockedUntil;

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

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts a failed sign-in; the failure that reaches {@code maxFailures} locks the account. */
    void recordFailedLogin(int maxFailures, Instant lockUntil) {
        failedLoginCount++;
        if (failedLoginCount >= maxFailures) {
            lockedUntil = lockUntil;
            failedLoginCount = 0;
        }
    }

    void recordSuccessfulLogin() {
        failedLoginCount = 0;
        lockedUntil = null;
    }

    void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
        recordSuccessfulLogin();
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    void assign(Role role, Team team) {
        this.role = role;
        this.team = team;
    }

    void allowPriceImports(boolean allowed) {
        this.canImportPrices = allowed;
    }

    public boolean canImportPrices() {
        return canImportPrices;
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

    public int getFailedLoginCount() {
        return failedLoginCount;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
