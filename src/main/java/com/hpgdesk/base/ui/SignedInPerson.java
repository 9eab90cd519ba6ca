package com.hpgdesk.base.ui;

/**
 * The person signed in, as the shell needs them: a name to show and a way to sign out. Declared here and
 * implemented by the security feature, so the shell does not depend on the feature that depends on it.
 */
public interface SignedInPerson {

    String displayName();

    void signOut();
}
