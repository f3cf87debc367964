package com.rotationrisk.report.pdf;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A record component added after reports were archived: {@link Canonical} (and so the report's input digest, its
 * "Ref" and document ID) leaves it out while it is null, so archived reports made before it existed still
 * regenerate byte for byte.
 */
@Target(ElementType.RECORD_COMPONENT)
@Retention(RetentionPolicy.RUNTIME)
public @interface OmittedWhenNull {
}
