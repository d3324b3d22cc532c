package fr.passeportnumerique.account;

import java.util.Set;

/** The account an outside identity signs in as: its address (the sign-in's name) and its roles. */
public record LinkedAccount(String email, Set<String> roles) {}
