/** Fictional learners and their progress, written straight into the tables for the demonstration and benchmarks. */
package fr.passeportnumerique.tracking.internal;
