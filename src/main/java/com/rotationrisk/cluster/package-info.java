/**
 * Work that must happen once across several instances of the application on one database: scheduled jobs
 * (ShedLock's {@code @SchedulerLock}) and start-up tasks (seeding bundled data, scenarios, demo data), serialised by
 * a database lock (table {@code shedlock}).
 */
package com.rotationrisk.cluster;
