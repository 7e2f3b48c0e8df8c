/**
 * Synthetic datasets for benchmarks and detector scoring:
 * {@code generate --scale N --seed S
 * --out DIR} streams a whole prefecture as an import bundle, plants a known number of
 * every red-flag pattern and writes the ground truth next to it.
 */
package org.oversight.generator;
