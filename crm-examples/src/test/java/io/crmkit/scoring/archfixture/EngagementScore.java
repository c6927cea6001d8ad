package io.crmkit.scoring.archfixture;

/** A scoring class that a lifecycle fixture depends on. Only architecture tests import it. */
public record EngagementScore(int points) {}
