package com.rotationrisk.risk;

/**
 * A scenario is a DRAFT of its author's until it is published; a PUBLISHED scenario never changes again (to change
 * one, copy it into a new draft and publish that under its own name). Only published scenarios can be in a
 * portfolio's scenario set, so only they reach numbers on screen for others and client documents.
 */
public enum ScenarioStatus {
    DRAFT, PUBLISHED
}
