package io.coro.team;

/**
 * How far a member may act alone in an area. The governance module decides from it what needs approval.
 *
 * <ul>
 *   <li>SUPERVISED: everything they publish or reply is approved first;
 *   <li>TRUSTED: only risky content is approved first;
 *   <li>AUTONOMOUS: publishes alone; a sample is reviewed afterwards.
 * </ul>
 */
public enum AutonomyLevel {
    SUPERVISED,
    TRUSTED,
    AUTONOMOUS
}
