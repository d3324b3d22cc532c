/**
 * Shared building blocks every feature may use: configuration of the application's folders, the embedded
 * database, Markdown rendering and the common user interface.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package fr.passeportnumerique.base;
