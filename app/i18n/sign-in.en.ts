// Signing in through an organisation's OpenID provider (app/oidc): the provider buttons and why a sign-in was refused.
export const signInText = {
  providersHeading: "Sign in with your organisation's account",
  withProvider: "Sign in with {provider}",
  passwordHeading: "Or sign in with a password",
  localPasswordsOff: "This register does not use passwords: sign in with your organisation's account.",
  refused: {
    noMapping:
      "{provider} confirmed who you are, but your account there gives you no role in this register. Ask your organisation's administrator to give you access to the algorithm register.",
    noAccount: "This register has no account for the account you used at {provider}. Ask the register's administrator to create one for you.",
    accountConflict:
      "This register already has an account with your email address, and it cannot be linked to your account at {provider}. Ask the register's administrator for help.",
    failed: "Signing in through {provider} did not succeed. Try again; if it keeps failing, contact the register's administrator.",
    unknownProvider: "That sign-in service is not set up in this register. Choose one of the services on this page.",
  },
} as const;
