package fr.passeportnumerique.base.session;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The bounds on sessions ({@code passeport.sessions.*}, see application.properties and docs/security.md).
 *
 * @param unprovenLifetime how long a session that has not yet shown a running page (a Vaadin round-trip or heartbeat)
 *     lives: a page load by a robot, which runs no script, is forgotten after it
 * @param maxUnproven how many such sessions a node keeps at once; past that the oldest ends
 * @param anonymousIdle how long an anonymous visitor's session lives without a click
 * @param signedInIdle how long a signed-in person's session lives without a click (heartbeats of an open tab do not
 *     count)
 * @param absoluteLifetime how long any session lives, however busy: a shared computer is signed out within a day
 * @param newPerClientPerMinute how many new sessions one client address may open a minute
 * @param maxUisPerSession how many pages (Vaadin UIs) one session keeps open; past that the oldest closes
 */
@ConfigurationProperties("passeport.sessions")
public record SessionLimits(
        Duration unprovenLifetime,
        int maxUnproven,
        Duration anonymousIdle,
        Duration signedInIdle,
        Duration absoluteLifetime,
        int newPerClientPerMinute,
        int maxUisPerSession) {}
