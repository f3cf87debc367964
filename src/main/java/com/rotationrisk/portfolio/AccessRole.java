package com.rotationrisk.portfolio;

/** What a person may do with a portfolio, from least to most. */
public enum AccessRole {
    VIEWER, EDITOR, OWNER;

    public boolean mayEdit() {
        return this != VIEWER;
    }
}
