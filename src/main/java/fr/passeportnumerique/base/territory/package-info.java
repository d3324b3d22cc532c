/** France's regions and départements, and the département a postcode belongs to. */
package fr.passeportnumerique.base.territory;
