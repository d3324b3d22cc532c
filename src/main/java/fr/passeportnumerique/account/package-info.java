/**
 * People and their roles, learners' companies and the welcome points that help them. This package is the
 * feature's API: {@link fr.passeportnumerique.account.AppRoles}, the services and the records they return.
 */
@ApplicationModule(allowedDependencies = {"base"})
package fr.passeportnumerique.account;

import org.springframework.modulith.ApplicationModule;
