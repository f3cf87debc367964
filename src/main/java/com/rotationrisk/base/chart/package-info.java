/** Chart builders shared by the screens and the PDF reports, so both show the same pictures. */
@NamedInterface("chart")
package com.rotationrisk.base.chart;

import org.springframework.modulith.NamedInterface;
