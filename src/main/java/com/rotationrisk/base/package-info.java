/** Shared application shell: layout, navigation, error pages and session handling. */
package com.rotationrisk.base;
