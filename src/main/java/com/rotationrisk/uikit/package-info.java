/**
 * Small Vaadin pieces that every module's views may use, security's included (which {@code base} cannot serve, since
 * {@code base} depends on security): e.g. the confirmation before a destructive action. Depends on no module.
 */
package com.rotationrisk.uikit;
