/** Rate limits: token buckets per key (an account, a client address) in a bounded, self-emptying memory. */
package fr.passeportnumerique.base.ratelimit;
