/**
 * The embedded MariaDB: starting, owning and migrating it.
 */
package tw.gov.quality.database;
