/** The audit trail on screen: the administrators' view and a portfolio's trail for its page. */
@NamedInterface("ui")
package com.rotationrisk.audit.ui;

import org.springframework.modulith.NamedInterface;
