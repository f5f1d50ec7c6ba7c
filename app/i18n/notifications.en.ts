import type { NotificationKind } from "~/notifications/kinds";
import { confirmation } from "./confirmation";

/** Every staff mail ends the same way: why you get it, and where to switch it off. */
const staffFooter = `

—
You get this email because of your role in the Public Algorithm Register.
To choose which emails you get: {settingsUrl}`;

/** English text of the notification mails and of the staff's notification settings page. */
export const notificationText = {
  settings: {
    title: "Notification settings",
    link: "Choose which emails you get",
    intro: "The register emails you when something needs your attention or has happened to your work. Switch off the emails you do not want.",
    legend: "Email me when",
    hint: "Everything stays on your dashboard, whatever you choose here.",
    none: "There are no notification emails for your role.",
    save: "Save settings",
    invalidKind: "Choose only from the emails listed",
    kinds: {
      entry_submitted: {
        label: "an entry of my organisation is submitted for approval",
        hint: "So you can check it and publish it, or ask for changes.",
      },
      entry_changes_requested: {
        label: "an approver asks for changes to an entry I submitted",
        hint: "The email links to the entry, where you can read what needs to change.",
      },
      entry_published: {
        label: "an entry I submitted is published",
        hint: "The email links to the public page of the entry.",
      },
      review_concluded: {
        label: "the oversight body concludes its review of an impact assessment of my organisation",
        hint: "Sent to the approvers and to the editors who worked on the entry.",
      },
      feedback_received: {
        label: "someone sends feedback on an entry of my organisation",
        hint: "The email has the reference number and the answer deadline, never the sender's details.",
      },
    } satisfies Record<NotificationKind, { label: string; hint: string }>,
    done: { saved: "Your notification settings are saved." },
  },

  /**
   * Each mail is a subject and a text (ICU messages, so written out whole with their line breaks);
   * the sender fills in links and dates in the mail's language.
   */
  mail: {
    entrySubmitted: {
      subject: 'Waiting for your approval: "{name}"',
      text: `An entry of {organisation} has been submitted for approval: "{name}".

Check it, then publish it or ask for changes:
{link}${staffFooter}`,
    },
    changesRequested: {
      subject: 'Changes requested: "{name}"',
      text: `An approver has asked for changes to the entry "{name}" that you submitted. It is not published yet.

Read what needs to change and edit the entry:
{link}${staffFooter}`,
    },
    published: {
      subject: 'Published: "{name}"',
      text: `The entry "{name}" that you submitted has been approved. Version {version} is now public.

See it as the public sees it:
{link}${staffFooter}`,
    },
    reviewConcluded: {
      subject: 'Review concluded: impact assessment of "{name}"',
      text: `The oversight body has concluded its review of the impact assessment of "{name}".
Outcome: {outcome}.

Read the outcome and the public summary:
{link}${staffFooter}`,
    },
    feedbackReceived: {
      subject: 'New feedback {reference} on "{entry}"',
      text: `A member of the public sent feedback ({type}) on the entry "{entry}".

Reference: {reference}
Answer by: {deadline}

Read, moderate and answer it here:
{link}${staffFooter}`,
    },
    answered: {
      subject: "Answer to your feedback {reference}",
      text: `{organisation} has answered your feedback {reference} on "{entry}":

{answer}

The entry:
{entryUrl}`,
    },
    receipt: {
      subject: "We have received your message {reference}",
      text: `Thank you for your message about "{entry}". {organisation} has received it.

Your reference number: {reference}

You can expect an answer by {deadline}. We send the answer to this email address.

The entry your message is about:
{entryUrl}

To withdraw your message, use this private link. Anyone who has it can withdraw your message, so do not share it.
If you withdraw it, we delete your name, your email address and your text.
{withdrawUrl}

—
You get this email because you gave your email address with your message. You do not need to reply.`,
    },
  },
} as const;

export type NotificationSettingsNotice = keyof typeof notificationText.settings.done;

/** The confirmation for a `?done=` key on the settings page; null for anything not in the fixed list. */
export const notificationSettingsNotice = (key: string | null) => confirmation(notificationText.settings.done, key);
