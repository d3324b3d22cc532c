/**
 * How the application has Vaadin build its pages: the application's plain components made by their constructor, without
 * a Spring bean's whole lifecycle on every navigation (decision 019).
 */
package fr.passeportnumerique.base.vaadin;
