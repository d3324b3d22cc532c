/** The welcome point dashboard: figures, whom to remind, learners with where they stop, modules. */
package fr.passeportnumerique.tracking.ui;
