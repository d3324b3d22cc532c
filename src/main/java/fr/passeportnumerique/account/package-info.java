/**
 * People and their roles, learners' companies and the welcome points that help them. This package is the
 * feature's API: {@link fr.passeportnumerique.account.AppRoles}, the services and the records they return.
 */
package fr.passeportnumerique.account;
