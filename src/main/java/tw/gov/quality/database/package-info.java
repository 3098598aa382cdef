/**
 * The embedded MariaDB: starting, owning and migrating it, and the cluster lock.
 */
package tw.gov.quality.database;
