/**
 * Virtual learners that speak Vaadin's protocol themselves, with no browser, driven by Gatling: a model of each
 * page's state tree built from the server's answers, the learner round as the requests Chromium sends for it, and
 * the bench that measures the production-mode server under thousands of them.
 */
package fr.passeportnumerique.load;
