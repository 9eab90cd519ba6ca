package com.hpgdesk.security;

/**
 * An account's right to its current sessions changed: it was disabled, its password was reset or its role
 * changed. Published by {@link AccountService}; its live sessions end once the change commits, so nobody
 * keeps working on the access they had at sign-in.
 */
public record AccountAccessChanged(long accountId, String username, String change) {}
