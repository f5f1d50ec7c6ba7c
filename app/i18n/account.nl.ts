// Dutch text of the catalogue in account.en.ts: the same keys, Dutch wording (the compiler checks that none is missing).
import type { CatalogueShape } from "./translator";
import type { accountText as english } from "./account.en";
import { PASSWORD_LINK_HOURS as HOURS } from "~/auth/password-policy";

/** English text of the account pages (own password, set-password links) and the administrators' user form. */
export const accountNl: CatalogueShape<typeof english> = {
  nav: "Change password",
  rules: {
    tooShort: (min: number) => `The password must be at least ${min} characters`,
    tooLong: (max: number) => `The password must be ${max} characters or fewer`,
    hint: (min: number) => `At least ${min} characters. A few unrelated words make a strong password that is easy to remember.`,
    confirmMissing: "Type the new password again",
    mismatch: "The two new passwords are not the same",
  },
  change: {
    title: "Change your password",
    intro: "After the change you stay signed in here; you are signed out everywhere else.",
    current: "Current password",
    currentMissing: "Enter your current password",
    currentWrong: "The current password is not correct",
    sameAsCurrent: "Choose a password different from the current one",
    next: "New password",
    confirm: "New password again",
    submit: "Change password",
    throttled: "Too many attempts from your network. Wait a minute and try again.",
    done: { changed: "Your password has been changed. Every other session of your account has been signed out." },
  },
  link: {
    title: "Choose your password",
    intro: (name: string) => `Hello ${name}. Choose the password you will use to sign in to the register.`,
    account: "Your account",
    submit: "Save password",
    invalidTitle: "This link cannot be used",
    invalid: "The link has expired, has already been used, or has been replaced by a newer one. Ask your administrator to send you a new link.",
    signIn: "Go to sign in",
  },
  login: {
    done: { "password-set": "Your password is saved. Sign in with your email address and the new password." },
  },
  mail: {
    subject: "Choose your password for the Public Algorithm Register",
    body: (name: string, link: string) =>
      [
        `Hello ${name},`,
        "",
        "An administrator of the Public Algorithm Register asked us to send you a link to choose your password.",
        "",
        link,
        "",
        `The link works once and for ${HOURS} hours. If it has expired, ask your administrator for a new one.`,
        "If you did not expect this message, you can ignore it: nothing changes until the link is used.",
      ].join("\n"),
  },
  admin: {
    title: "Users",
    accounts: (n: number) => `${n} accounts`,
    columns: { name: "Name", email: "Email", role: "Role", organisation: "Organisation", access: "Password" },
    demo: "demo",
    sendLink: "Send a set-password link",
    sendLinkTo: (name: string) => `to ${name}`,
    createTitle: "Create an account",
    labels: {
      name: "Full name",
      email: "Email address",
      role: "Role",
      organisationId: "Organisation",
      passwordChoice: "How does the person get a password?",
      password: "Initial password",
    },
    chooseRole: "Choose…",
    noOrganisation: "None",
    organisationHint: "Required for editors and approvers",
    choices: {
      link: "Email them a link to choose their own password",
      linkHint: `The link works once, for ${HOURS} hours. Nobody else ever knows the password.`,
      typed: "Type an initial password",
      typedHint: "Only when email cannot reach them. Give it to them by a separate, secure channel.",
    },
    passwordHint: (min: number) => `Only when you chose to type one. At least ${min} characters. The person should change it after signing in.`,
    passwordNeeded: "Type an initial password, or choose to email a link",
    choiceMissing: "Choose how the person gets a password",
    submit: "Create account",
    unknownUser: "That account no longer exists",
    done: {
      created: "Account created. Send the person their initial password by a separate, secure channel and ask them to change it.",
      "created-link": `Account created. A link to choose a password has been emailed to the person; it works once, for ${HOURS} hours.`,
      "link-sent": `A link to choose a password has been emailed; it works once, for ${HOURS} hours. Any earlier link no longer works.`,
    },
  },
};
