/** English words of the Dutch filing API profile (/aanleverapi/v1_0, decision record 012): its Message and validation texts. */
export const aanleverApiText = {
  otherOrganisation: "This API client belongs to another organisation: it may only file for its own organisation.",
  notAnObject: "The request body must be a JSON object.",
  notJson: "The request body is not valid JSON.",
  required: "This field is required.",
  notInteger: "This must be a whole number.",
  notAllowed: "This value is not allowed here. Allowed: {allowed}.",
  saved: "The algorithm was saved. It is not published yet.",
  released: "The algorithm was released: it waits for approval.",
  published: "The algorithm was published.",
  retractComment: "Retracted through the Dutch filing API (aanleverapi).",
  versionNotFound: "This algorithm has no version with this number.",
  notPublished: "Only a published algorithm can be archived.",
  notArchived: "This version is not archived.",
  cannotUnarchive: "A retired algorithm cannot be brought back through this API: file it again as a new draft, or ask the register's administrators.",
  notPublishedHere: "Your organisation has no published algorithm with this id.",
} as const;
