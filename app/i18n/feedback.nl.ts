// Dutch text of the catalogue in feedback.en.ts: the same keys, Dutch wording (the compiler checks that none is missing).
import type { CatalogueShape } from "./translator";
import type { feedbackText as english } from "./feedback.en";

/** English UI text of the public feedback channel and its moderation. */
export const feedbackNl: CatalogueShape<typeof english> = {
  sectionTitle: "Questions and responses",
  askLink: "Ask a question or respond",
  sectionIntro: "Anyone can ask a question about this algorithm, point out an error or raise a concern. The organisation publishes its answers here.",
  noThreads: "No published questions or responses yet.",
  anonymous: "A member of the public",
  privateNotice: "Received",
  answerFrom: (org: string) => `Answer from ${org}`,
  awaiting: (days: number) => `Awaiting an answer for ${days} ${days === 1 ? "day" : "days"}`,
  feedLink: "Questions and answers as an Atom feed",
  form: {
    title: (entry: string) => `Ask a question or respond: ${entry}`,
    intro: "You do not need an account. Your email address is never published.",
    typeLegend: "What is your message about?",
    message: "Your message",
    messageHint: "Plain text, 10 to 3,000 characters, at most 5 links. Do not include personal details you do not want published.",
    name: "Your name",
    nameHint: "Never published. Helps the organisation address you.",
    email: "Your email address",
    emailHint: "Only if you want a copy of your receipt and the answer by email. Never published.",
    consent: "The organisation may publish my message (without my name and email address) together with its answer",
    consentLegend: "Publication",
    honeypot: "Leave this field empty",
    honeypotHint: "This field is a trap for automated spam. People should leave it empty.",
    submit: "Send",
    privacy: "How we handle your feedback",
    rateLimitedIp: "You have sent several messages in a short time. Wait 10 minutes and send it again: your text is still here.",
    rateLimitedEntry: "This entry has received many messages in the last hour. Try again later: your text is still here.",
    rateLimitedAddressOnEntry: "You have sent several messages about this entry in the last hour. Wait an hour and send it again: your text is still here.",
  },
  receipt: {
    title: "We have received your message",
    reference: "Your reference number",
    withdrawTitle: "Withdraw your message",
    withdrawIntro:
      "Keep this private link. It is shown only once. With it you can withdraw your message at any time; we then delete your name, email address and text.",
    missingTitle: "No receipt to show",
    missing: "There is no receipt to show. It is shown only once, straight after you send your message.",
    back: "Back to the entry",
  },
  /** Confirmations after a moderation action, by the key in `?done=`; any other value shows nothing. */
  moderationDone: {
    published: "The message is published.",
    rejected: "The message is rejected and not shown.",
    private: "The message is private: it counts in the statistics but is not shown.",
    original_deleted: "The original text is deleted.",
    answered: "Your answer is saved.",
    answered_and_sent: "Your answer is saved and sent to the sender.",
    closed: "The conversation is closed and the sender's email address deleted.",
  },
  withdraw: {
    title: "Withdraw your message",
    confirm: "Withdraw my message",
    explain:
      "We will remove your message from the register and delete your name, email address and text. The organisation keeps only the reference number and the date.",
    done: "Your message has been withdrawn. Your name, email address and text have been deleted.",
    already: "This message has already been withdrawn.",
  },
};
