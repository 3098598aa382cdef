/**
 * Users, roles, the filter chains, the office subtree a user sees, refusals, the first-start administrator.
 */
package tw.gov.quality.security;
