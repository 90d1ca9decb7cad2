package org.ameliwalkthrough.practice.journey;

/** "Step N of M — Next: …" for one page; {@code nextNameKey} is null on the last numbered step. */
public record Stepper(int number, int count, String nextNameKey) {}
