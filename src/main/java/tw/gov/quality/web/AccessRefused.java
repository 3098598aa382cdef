package tw.gov.quality.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.access.AccessDeniedException;

/**
 * An API request was refused by a controller (an office outside the user's subtree, a role without the action),
 * and is answered here with a 403 problem. Published synchronously, on the request's thread, so that the security
 * module can write it to the audit log as it writes the refusals its filter chains decide.
 */
public record AccessRefused(HttpServletRequest request, AccessDeniedException cause) {
}
