/** The hand-off's pages: the learner's recommendations, action plan and requests, and the expert's incoming requests. */
package fr.passeportnumerique.handoff.ui;
