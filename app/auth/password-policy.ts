/** The one password policy: every form that takes a new password, and every set-password link, follows it. */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 200;
/** How long a set-password (or reset) link works. */
export const PASSWORD_LINK_HOURS = 24;
